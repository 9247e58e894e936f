package io.closewright.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AccountApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Api rep;

    @BeforeEach
    void setUp() {
        rep = fixtures.team(port).repA1().api();
    }

    @Test
    void createsAccountsWithNormalisedDomainsAndFindsThem() {
        Api.Response created =
                rep.post("/api/accounts", Map.of("name", "Acme Corp", "domain", "https://www.Acme.com/about"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("domain").asString()).isEqualTo("acme.com");
        rep.post("/api/accounts", Map.of("name", "Globex"));
        assertThat(rep.get("/api/accounts?q=acme").json().get("total").asLong()).isEqualTo(1);
        assertThat(rep.get("/api/accounts?q=ACME.COM").json().get("total").asLong())
                .isEqualTo(1);
        assertThat(rep.get("/api/accounts").json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void addsContactsWithStakeholderRoles() {
        long account = rep.post("/api/accounts", Map.of("name", "Initech")).id();
        Api.Response contact = rep.post(
                "/api/accounts/" + account + "/contacts",
                Map.of("name", "Bill Lumbergh", "email", "bill@initech.com", "title", "VP", "role", "ECONOMIC_BUYER"));
        assertThat(contact.status()).isEqualTo(201);
        assertThat(contact.json().get("role").asString()).isEqualTo("ECONOMIC_BUYER");
        JsonNode contacts = rep.get("/api/accounts/" + account + "/contacts").json();
        assertThat(contacts).hasSize(1);
        assertThat(rep.get("/api/accounts/" + account).json().get("contacts").asInt())
                .isEqualTo(1);
        Api.Response changed = rep.put(
                "/api/contacts/" + contact.id(),
                Map.of("name", "Bill Lumbergh", "role", "DECISION_MAKER"),
                contact.etag());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(rep.put("/api/contacts/" + contact.id(), Map.of("name", "Bill", "role", "USER"), contact.etag())
                        .status())
                .isEqualTo(412);
    }

    @Test
    void changesAccountsOnlyWithTheCurrentVersion() {
        Api.Response created = rep.post("/api/accounts", Map.of("name", "Hooli"));
        String path = "/api/accounts/" + created.id();
        assertThat(rep.patch(path, Map.of("industry", "Tech"), null).status()).isEqualTo(428);
        assertThat(rep.patch(path, Map.of("industry", "Tech"), created.etag()).status())
                .isEqualTo(200);
        assertThat(rep.patch(path, Map.of("industry", "Media"), created.etag()).status())
                .isEqualTo(412);
        assertThat(rep.get(path).json().get("industry").asString()).isEqualTo("Tech");
    }
}
