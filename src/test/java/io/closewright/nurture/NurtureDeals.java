package io.closewright.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Short-hands for nurture tests: campaigns, deals with buyer contacts, moving them to nurture. */
final class NurtureDeals {

    private NurtureDeals() {}

    static Map<String, Object> step(int afterDays, String subject, String body) {
        return Map.of("afterDays", afterDays, "subject", subject, "body", body);
    }

    /** A campaign of three emails: at once, two days later and a week later. */
    static long campaign(Api manager, String name) {
        Api.Response r = manager.post(
                "/api/campaigns",
                Map.of(
                        "name",
                        name + " " + UUID.randomUUID().toString().substring(0, 6),
                        "steps",
                        List.of(
                                step(
                                        0,
                                        "Still thinking about {{dealName}}?",
                                        "Hi {{firstName}},\n\nA note from {{repName}}.\n\n{{repSignature}}"),
                                step(
                                        2,
                                        "A case study for {{accountName}}",
                                        "Hi {{firstName}}, here is how others did it."),
                                step(7, "Checking back, {{firstName}}", "Shall we talk again? {{repName}}"))));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.id();
    }

    /** A deal of {@code rep} on a new account with one contact per address given. */
    static Deal dealWithContacts(Api rep, String name, String... emails) {
        long account = Deals.account(rep, name + " Corp");
        List<Long> contacts = new ArrayList<>();
        int i = 0;
        for (String email : emails) {
            Api.Response c = rep.post(
                    "/api/accounts/" + account + "/contacts",
                    Map.of("name", "Contact" + (i++) + " Buyer", "email", email, "role", "CHAMPION"));
            assertThat(c.status()).as(c.text()).isEqualTo(201);
            contacts.add(c.id());
        }
        Api.Response deal = rep.post("/api/opportunities", Deals.deal(account, name, "2026-12-18"));
        assertThat(deal.status()).as(deal.text()).isEqualTo(201);
        return new Deal(deal.id(), account, contacts);
    }

    static Api.Response nurture(Api rep, long deal, long campaign, String reason) {
        return rep.post("/api/opportunities/" + deal + "/nurture", Map.of("campaignId", campaign, "reason", reason));
    }

    static String unique(String local) {
        return local + "-" + UUID.randomUUID().toString().substring(0, 8) + "@buyer.example.com";
    }

    record Deal(long id, long accountId, List<Long> contactIds) {}
}
