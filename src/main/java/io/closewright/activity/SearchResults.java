package io.closewright.activity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** What the search box found for {@code query}: deals, accounts and contacts the viewer may see. */
public record SearchResults(
        String query, List<DealHit> opportunities, List<AccountHit> accounts, List<ContactHit> contacts) {

    public boolean isEmpty() {
        return opportunities.isEmpty() && accounts.isEmpty() && contacts.isEmpty();
    }

    public record DealHit(
            long id, String name, String accountName, String stage, String status, BigDecimal amount, String currency) {

        @JsonProperty("url")
        public String url() {
            return "/opportunities/" + id;
        }
    }

    public record AccountHit(long id, String name, String domain) {

        @JsonProperty("url")
        public String url() {
            return "/accounts/" + id;
        }
    }

    public record ContactHit(long id, String name, String email, String accountName) {

        @JsonProperty("url")
        public String url() {
            return "/contacts/" + id;
        }
    }
}
