package io.closewright.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Date-time fields take an instant with an offset or Z, or a local date-time in the workspace's time zone. */
@IntegrationTest
class DateTimeInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Api rep;
    long dealId;

    @BeforeEach
    void dealInBerlin() {
        rep = fixtures.team(port, "Europe/Berlin").repA1().api();
        dealId = Deals.open(rep, "Berlin deal").id();
    }

    private Api.Response logAt(Object occurredAt) {
        return rep.post(
                "/api/opportunities/" + dealId + "/activities",
                Map.of("type", "CALL", "subject", "Pricing call", "occurredAt", occurredAt));
    }

    @Test
    void readsAnInstantWithZOrAnOffset() {
        assertThat(logAt("2026-11-30T13:30:00Z").json().get("occurredAt").asString())
                .isEqualTo("2026-11-30T13:30:00Z");
        assertThat(logAt("2026-11-30T14:30:00+01:00").json().get("occurredAt").asString())
                .isEqualTo("2026-11-30T13:30:00Z");
    }

    @Test
    void readsALocalDateTimeInTheWorkspaceTimeZone() {
        Api.Response winter = logAt("2026-11-30T14:30");
        Api.Response summer = logAt("2026-07-01T14:30:00");

        assertThat(winter.status()).isEqualTo(201);
        assertThat(winter.json().get("occurredAt").asString()).isEqualTo("2026-11-30T13:30:00Z");
        assertThat(summer.json().get("occurredAt").asString()).isEqualTo("2026-07-01T12:30:00Z");
    }

    @Test
    void refusesAnythingElseNamingTheExpectedFormat() {
        for (Object bad : new Object[] {"soon", "30/11/2026 14:30", "2026-11-30", 1764509400}) {
            Api.Response refused = logAt(bad);

            assertThat(refused.status()).as("%s", bad).isEqualTo(400);
            assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("occurredAt");
            assertThat(refused.json().at("/errors/0/message").asString())
                    .contains("2026-12-02T14:30:00Z", "+01:00", "workspace's time zone");
        }
        assertThat(rep.get("/api/opportunities/" + dealId + "/activities")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }
}
