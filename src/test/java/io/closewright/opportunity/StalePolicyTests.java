package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.opportunity.StalePolicy.DealActivity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StalePolicyTests {

    static final Instant NOW = Instant.parse("2026-12-20T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-12-20");
    static final Instant CREATED = NOW.minus(Duration.ofDays(60));

    @Test
    void aDealWithoutActivityForLongerThanTheLimitIsStale() {
        assertThat(stale(activity(NOW.minus(Duration.ofDays(15)), null), null)).isTrue();
        assertThat(stale(activity(NOW.minus(Duration.ofDays(13)), null), null)).isFalse();
    }

    @Test
    void aDealWithoutAnyActivityCountsFromItsCreation() {
        assertThat(StalePolicy.isStale(
                        OpportunityStatus.OPEN,
                        14,
                        activity(null, null),
                        NOW.minus(Duration.ofDays(3)),
                        null,
                        NOW,
                        TODAY))
                .isFalse();
        assertThat(stale(activity(null, null), null)).isTrue();
    }

    @Test
    void aScheduledActivityOrAStepDueWithinTheLimitKeepsItFresh() {
        Instant longAgo = NOW.minus(Duration.ofDays(40));
        assertThat(stale(activity(longAgo, NOW.plus(Duration.ofDays(2))), null)).isFalse();
        assertThat(stale(activity(longAgo, null), TODAY.plusDays(14))).isFalse();
        assertThat(stale(activity(longAgo, null), TODAY.plusDays(15))).isTrue();
        assertThat(stale(activity(longAgo, null), TODAY.minusDays(1)))
                .as("an overdue step")
                .isTrue();
    }

    @Test
    void closedDealsAndStagesWithoutALimitNeverGoStale() {
        DealActivity quiet = activity(NOW.minus(Duration.ofDays(90)), null);
        assertThat(StalePolicy.isStale(OpportunityStatus.WON, 14, quiet, CREATED, null, NOW, TODAY))
                .isFalse();
        assertThat(StalePolicy.isStale(OpportunityStatus.OPEN, 0, quiet, CREATED, null, NOW, TODAY))
                .isFalse();
    }

    @Test
    void aScheduledActivityWhoseTimeHasComeIsTheLatestActivity() {
        Instant meeting = NOW.minus(Duration.ofHours(2));
        DealActivity asOfNow = DealActivity.asOf(NOW.minus(Duration.ofDays(10)), meeting, NOW);
        assertThat(asOfNow.last()).isEqualTo(meeting);
        assertThat(asOfNow.next()).isNull();
        assertThat(DealActivity.asOf(null, NOW.plus(Duration.ofDays(1)), NOW).next())
                .isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    private static boolean stale(DealActivity activity, LocalDate nextStepDue) {
        return StalePolicy.isStale(OpportunityStatus.OPEN, 14, activity, CREATED, nextStepDue, NOW, TODAY);
    }

    private static DealActivity activity(Instant last, Instant next) {
        return new DealActivity(last, next);
    }
}
