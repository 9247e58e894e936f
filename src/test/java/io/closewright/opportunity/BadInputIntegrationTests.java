package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input on every endpoint is answered with a 4xx problem+json naming the field, and changes nothing. */
@IntegrationTest
class BadInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    Api rep;
    long account;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
        account = Deals.account(rep, "Bad Input Co");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"accountId\":%d,\"amount\":1,\"stage\":\"discover\",\"closeDate\":\"2027-01-01\"}|name",
                "{\"name\":\"x\",\"amount\":1,\"stage\":\"discover\",\"closeDate\":\"2027-01-01\"}|accountId",
                "{\"name\":\"x\",\"accountId\":%d,\"amount\":-5,\"stage\":\"discover\",\"closeDate\":\"2027-01-01\"}|amount",
                "{\"name\":\"x\",\"accountId\":%d,\"amount\":1,\"stage\":\"nope\",\"closeDate\":\"2027-01-01\"}|stage",
                "{\"name\":\"x\",\"accountId\":%d,\"amount\":1,\"stage\":\"won\",\"closeDate\":\"2027-01-01\"}|stage",
                "{\"name\":\"x\",\"accountId\":%d,\"amount\":\"lots\",\"stage\":\"discover\",\"closeDate\":\"2027-01-01\"}|amount",
                "{\"name\":\"x\",\"accountId\":%d,\"amount\":1,\"stage\":\"discover\",\"closeDate\":\"tomorrow\"}|closeDate",
                "{\"name\":\"x\",\"accountId\":%d,\"amount\":1,\"stage\":\"discover\",\"closeDate\":\"2020-01-01\"}|closeDate",
                "{\"name\":\"x\",\"accountId\":%d,\"amount\":1,\"stage\":\"discover\",\"closeDate\":\"2027-01-01\",\"currency\":\"dollars\"}|currency",
                "{\"name\":\"x\",\"accountId\":%d,\"amount\":1,\"stage\":\"discover\",\"closeDate\":\"2027-01-01\",\"forecastCategory\":\"MAYBE\"}|forecastCategory",
                "{\"name\":\"x\",\"accountId\":%d,\"amount\":1e20,\"stage\":\"discover\",\"closeDate\":\"2027-01-01\"}|amount",
                "{\"name\":\"x\",\"accountId\":999999999,\"amount\":1,\"stage\":\"discover\",\"closeDate\":\"2027-01-01\"}|accountId"
            })
    void refusesABadDealWithTheFieldNamed(String spec) {
        String[] parts = spec.split("\\|");
        Api.Response r = rep.postRaw("/api/opportunities", parts[0].formatted(account), "application/json");
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(400);
        assertThat(r.json().get("title").asString()).isNotBlank();
        assertThat(r.json().get("detail").asString()).isNotBlank();
        assertThat(r.json().get("errors").toString()).contains("\"" + parts[1] + "\"");
        assertThat(rep.get("/api/opportunities").json().get("total").asLong()).isZero();
    }

    @Test
    void refusesMalformedJsonAndWrongMediaTypes() {
        Api.Response malformed = rep.postRaw("/api/opportunities", "{\"name\": ", "application/json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(rep.postRaw("/api/opportunities", "name=x", "text/plain").status())
                .isEqualTo(415);
        assertThat(rep.postRaw("/api/accounts", "[]", "application/json").status())
                .isEqualTo(400);
    }

    @Test
    void refusesAbsurdSizesAndPages() {
        assertThat(rep.get("/api/opportunities?size=100000").status()).isEqualTo(400);
        assertThat(rep.get("/api/opportunities?size=0").status()).isEqualTo(400);
        assertThat(rep.get("/api/opportunities?page=-1").status()).isEqualTo(400);
        assertThat(rep.get("/api/opportunities?page=abc").status()).isEqualTo(400);
        assertThat(rep.get("/api/opportunities?status=SOMETIMES").status()).isEqualTo(400);
        assertThat(rep.get("/api/opportunities?closingFrom=yesterday").status()).isEqualTo(400);
        assertThat(rep.get("/api/accounts?size=201").status()).isEqualTo(400);
        Api.Response longName = rep.post("/api/accounts", Map.of("name", "x".repeat(5000)));
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(rep.postRaw("/api/accounts", "{\"name\":\"" + "y".repeat(2_000_000) + "\"}", "application/json")
                        .status())
                .isBetween(400, 499);
    }

    @Test
    void refusesBadChangesAndLeavesTheDealAsItWas() {
        Api.Response deal = Deals.open(rep, "Unchanged");
        String path = "/api/opportunities/" + deal.id();
        assertThat(rep.patch(path, Map.of("amount", -1), deal.etag()).status()).isEqualTo(400);
        assertThat(rep.patch(path, Map.of("stage", "imaginary"), deal.etag()).status())
                .isEqualTo(400);
        assertThat(rep.patch(path, Map.of("name", ""), deal.etag()).status()).isEqualTo(400);
        assertThat(rep.patch(path, Map.of("closeDate", "2027-06-01"), deal.etag())
                        .status())
                .isEqualTo(400);
        assertThat(rep.patch(path, Map.of("forecastCategory", "CLOSED"), deal.etag())
                        .status())
                .isEqualTo(400);
        assertThat(rep.patch(path, Map.of("amount", 5), "\"not-a-version\"").status())
                .isEqualTo(400);
        assertThat(rep.post(path + "/close-date", Map.of("closeDate", "2025-01-01"))
                        .status())
                .isEqualTo(400);
        assertThat(rep.post(path + "/close", Map.of("outcome", "MAYBE")).status())
                .isEqualTo(400);
        assertThat(rep.post(path + "/close", Map.of("outcome", "WON", "closedOn", "2030-01-01"))
                        .status())
                .isEqualTo(400);
        assertThat(rep.get("/api/opportunities/not-a-number").status()).isEqualTo(400);
        Api.Response after = rep.get(path);
        assertThat(after.json().get("version").asLong())
                .isEqualTo(deal.json().get("version").asLong());
        assertThat(rep.get(path + "/history").json()).isEmpty();
    }

    @Test
    void refusesBadAccountsAndContacts() {
        assertThat(rep.post("/api/accounts", Map.of("name", "Ok", "domain", "not a domain"))
                        .status())
                .isEqualTo(400);
        String contacts = "/api/accounts/" + account + "/contacts";
        Api.Response noRole = rep.post(contacts, Map.of("name", "Ann"));
        assertThat(noRole.status()).isEqualTo(400);
        assertThat(noRole.json().get("errors").get(0).get("field").asString()).isEqualTo("role");
        assertThat(rep.post(contacts, Map.of("name", "Ann", "role", "CEO")).status())
                .isEqualTo(400);
        assertThat(rep.post(contacts, Map.of("name", "Ann", "role", "CHAMPION", "email", "nope"))
                        .status())
                .isEqualTo(400);
        assertThat(rep.post("/api/accounts/987654321/contacts", Map.of("name", "Ann", "role", "CHAMPION"))
                        .status())
                .isEqualTo(404);
        assertThat(rep.get(contacts).json()).isEmpty();
    }

    @Test
    void unknownPathsAndMethodsAnswerProblems() {
        Api.Response unknown = rep.get("/api/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(rep.postRaw("/api/stages", "{}", "application/json").status())
                .isEqualTo(405);
    }
}
