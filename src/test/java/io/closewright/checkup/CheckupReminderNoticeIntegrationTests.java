package io.closewright.checkup;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.shared.NoticeRaised;
import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The morning reminder tells each rep once, as a Modulith scenario on both databases: the reminder job
 * raises one {@code checkup-reminder} notice per rep and day listing the checkups due, which the notify
 * module delivers (inbox and email by default).
 */
@IntegrationTest
@EnableScenarios
class CheckupReminderNoticeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CheckupReminderJob job;

    @Test
    void theReminderRaisesOneNoticePerRepAndDay(Scenario scenario) {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long account = Deals.account(rep, "Noticed Co");
        long deal = rep.post("/api/opportunities", Deals.deal(account, "Reminded deal", "2026-12-03"))
                .id();
        rep.put("/api/opportunities/" + deal + "/plan", Map.of("steps", CheckupApiIntegrationTests.chain()), null);

        scenario.stimulate(job::runDue)
                .andWaitForEventOfType(NoticeRaised.class)
                .matching(n -> n.recipientId() == team.repA1().id())
                .toArriveAndVerify(n -> {
                    assertThat(n.kind()).isEqualTo("checkup-reminder");
                    assertThat(n.title()).isEqualTo("3 checkups are due this morning");
                    assertThat(n.body()).contains("- Reminded deal: Step a", "- Reminded deal: Step c");
                    assertThat(n.dedupKey()).isEqualTo("checkup-reminder:2026-12-01");
                    assertThat(n.link()).isEqualTo("/checkups");
                });
        io.closewright.support.TestMail.purge();
        scenario.stimulate(job::runDue)
                .andWaitForStateChange(() -> reminders(rep).size(), n -> n == 1)
                .andVerify(n -> assertThat(reminders(rep))
                        .singleElement()
                        .satisfies(r ->
                                assertThat(r.get("title").asString()).isEqualTo("3 checkups are due this morning")));
    }

    /** The rep's inbox entries of the checkup-reminder kind (automation rules may tell the rep other things). */
    private static java.util.List<tools.jackson.databind.JsonNode> reminders(Api rep) {
        java.util.List<tools.jackson.databind.JsonNode> found = new java.util.ArrayList<>();
        for (tools.jackson.databind.JsonNode item :
                rep.get("/api/notifications").json().get("items")) {
            if ("checkup-reminder".equals(item.get("kind").asString())) {
                found.add(item);
            }
        }
        return found;
    }
}
