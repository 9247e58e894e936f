package io.closewright.nurture;

import static io.closewright.nurture.NurtureDeals.campaign;
import static io.closewright.nurture.NurtureDeals.dealWithContacts;
import static io.closewright.nurture.NurtureDeals.nurture;
import static io.closewright.nurture.NurtureDeals.step;
import static io.closewright.nurture.NurtureDeals.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.TestClock;
import io.closewright.support.TestMail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changing a campaign's waits moves the unsent emails of the deals in it: due at 09:00 on the enrolment
 * day plus the new wait, never in the past, never touching what was sent. Enrolled Tue 1 Dec 2026 09:00
 * UTC in a drip of 0, 2 and 7 days; the first email went out at once.
 */
@IntegrationTest
class NurtureRescheduleIntegrationTests {

    static final Instant DAY_0 = TestClock.START;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    DripSender sender;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void newWaitsMoveTheUnsentDueDatesNeverIntoThePastAndNeverResendWhatWasSent() {
        Fixtures.Team team = fixtures.team(port);
        Api manager = team.managerA().api();
        Api rep = team.repA1().api();
        long campaign = campaign(manager, "Re-timed");
        String ann = unique("ann");
        NurtureDeals.Deal deal = dealWithContacts(rep, "Re-timed deal", ann);
        assertThat(nurture(rep, deal.id(), campaign, "Next year").status()).isEqualTo(200);
        clock.set(DAY_0);
        sender.sendDue();
        assertThat(TestMail.receivedBy(ann)).hasSize(1);
        Instant sentAt = jdbc.sql("SELECT sent_at FROM nurture_email WHERE recipient = ? AND step_no = 0")
                .param(ann)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();

        Instant changedAt = DAY_0.plus(Duration.ofDays(1)).plusSeconds(3600);
        clock.set(changedAt);
        long version =
                manager.get("/api/campaigns/" + campaign).json().get("version").asLong();
        Api.Response changed = manager.put(
                "/api/campaigns/" + campaign,
                Map.of(
                        "name",
                        "Re-timed again",
                        "steps",
                        List.of(
                                step(0, "First", "Hi {{firstName}}"),
                                step(1, "Sooner", "Hi again {{firstName}}"),
                                step(14, "Later", "Still there, {{firstName}}?"))),
                "\"" + version + "\"");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);

        assertThat(due(ann, 0)).isEqualTo(DAY_0);
        assertThat(status(ann, 0)).isEqualTo("SENT");
        assertThat(due(ann, 1)).as("Wed 2 Dec 09:00 has passed: due now").isEqualTo(changedAt);
        assertThat(due(ann, 2)).isEqualTo(Instant.parse("2026-12-15T09:00:00Z"));

        sender.sendDue();
        sender.sendDue();
        assertThat(TestMail.receivedBy(ann)).hasSize(2);
        assertThat(jdbc.sql("SELECT sent_at FROM nurture_email WHERE recipient = ? AND step_no = 0")
                        .param(ann)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(sentAt);
        clock.set(Instant.parse("2026-12-15T08:59:00Z"));
        sender.sendDue();
        assertThat(TestMail.receivedBy(ann)).hasSize(2);
        clock.set(Instant.parse("2026-12-15T09:00:00Z"));
        sender.sendDue();
        assertThat(TestMail.receivedBy(ann)).hasSize(3);
    }

    private Instant due(String recipient, int step) {
        return jdbc.sql("SELECT due_at FROM nurture_email WHERE recipient = ? AND step_no = ?")
                .params(recipient, step)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }

    private String status(String recipient, int step) {
        return jdbc.sql("SELECT status FROM nurture_email WHERE recipient = ? AND step_no = ?")
                .params(recipient, step)
                .query(String.class)
                .single();
    }
}
