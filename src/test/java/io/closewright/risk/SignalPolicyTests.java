package io.closewright.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.closeplan.scheduling.StepSpec;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each risk signal appears when its facts and the day say so, and clears when they no longer do. */
class SignalPolicyTests {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aHealthyDealHasNoSignalsAndIsLowRisk() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        assertThat(deal.codes()).isEmpty();
        assertThat(deal.assess().level()).isEqualTo(RiskLevel.LOW);
        assertThat(deal.assess().recommendations()).isEmpty();
    }

    @Test
    void noPlanAppearsWithoutAPlanAndClearsWithOne() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.withPlan = false;
        assertThat(deal.codes()).containsExactly(SignalCode.NO_PLAN);
        deal.withPlan = true;
        assertThat(deal.codes()).doesNotContain(SignalCode.NO_PLAN);
    }

    @Test
    void planOffTrackAppearsWhenTheWorkDoesNotFitAndClearsWhenItDoes() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.closeDate = d("2026-12-03");
        assertThat(deal.codes()).contains(SignalCode.PLAN_OFF_TRACK);
        RiskSignal signal = deal.assess().signals().get(0);
        assertThat(signal.detail()).contains("Security review (the buyer)").contains("Mon 7 Dec 2026");
        deal.closeDate = d("2026-12-18");
        assertThat(deal.codes()).doesNotContain(SignalCode.PLAN_OFF_TRACK);
    }

    @Test
    void sellerAndBuyerStepsOverdueAreToldApartAndClearOnceDone() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.closeDate = d("2026-12-08");
        deal.today = d("2026-12-04");
        assertThat(deal.codes()).contains(SignalCode.STEP_OVERDUE).doesNotContain(SignalCode.BUYER_STEP_OVERDUE);
        deal.today = d("2026-12-09");
        assertThat(deal.codes()).contains(SignalCode.STEP_OVERDUE, SignalCode.BUYER_STEP_OVERDUE);
        deal.steps = List.of(
                StepSpec.open("demo", "Demo", StepOwner.SELLER, 2).withDoneOn(d("2026-12-02")),
                StepSpec.open("security", "Security review", StepOwner.BUYER, 3, "demo"));
        assertThat(deal.codes()).contains(SignalCode.BUYER_STEP_OVERDUE).doesNotContain(SignalCode.STEP_OVERDUE);
    }

    @Test
    void askOverdueCountsOnlyAsksDueBeforeToday() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.overdueAsks = List.of(d("2026-12-01"));
        assertThat(deal.codes()).doesNotContain(SignalCode.ASK_OVERDUE);
        deal.overdueAsks = List.of(d("2026-11-27"), d("2026-11-30"));
        assertThat(deal.codes()).contains(SignalCode.ASK_OVERDUE);
        assertThat(deal.assess().signals().get(0).detail())
                .isEqualTo("2 asks past due, the oldest since Fri 27 Nov 2026");
        deal.overdueAsks = List.of();
        assertThat(deal.codes()).doesNotContain(SignalCode.ASK_OVERDUE);
    }

    @Test
    void blockerAgingStartsAfterTheLimitInWorkingDays() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.blockers = List.of(d("2026-11-24"));
        assertThat(deal.codes()).doesNotContain(SignalCode.BLOCKER_AGING);
        deal.blockers = List.of(d("2026-11-23"));
        assertThat(deal.codes()).contains(SignalCode.BLOCKER_AGING);
        deal.blockers = List.of();
        assertThat(deal.codes()).doesNotContain(SignalCode.BLOCKER_AGING);
    }

    @Test
    void closeDatePushedNeedsTwoPushes() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.pushes = 1;
        assertThat(deal.codes()).doesNotContain(SignalCode.CLOSE_DATE_PUSHED);
        deal.pushes = 2;
        assertThat(deal.codes()).contains(SignalCode.CLOSE_DATE_PUSHED);
    }

    @Test
    void closeDatePastAppearsTheDayAfterTheCloseDate() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.withPlan = false;
        deal.closeDate = d("2026-12-01");
        assertThat(deal.codes()).doesNotContain(SignalCode.CLOSE_DATE_PAST);
        deal.today = d("2026-12-02");
        assertThat(deal.codes()).contains(SignalCode.CLOSE_DATE_PAST);
        deal.closeDate = d("2026-12-15");
        assertThat(deal.codes()).doesNotContain(SignalCode.CLOSE_DATE_PAST);
    }

    @Test
    void staleFollowsTheDealsStaleFlag() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.stale = true;
        assertThat(deal.codes()).contains(SignalCode.STALE);
        deal.stale = false;
        assertThat(deal.codes()).doesNotContain(SignalCode.STALE);
    }

    @Test
    void singleThreadedWithOneContactOrNone() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.contacts = 0;
        assertThat(deal.codes()).contains(SignalCode.SINGLE_THREADED);
        deal.contacts = 1;
        assertThat(deal.codes()).contains(SignalCode.SINGLE_THREADED);
        deal.contacts = 2;
        assertThat(deal.codes()).doesNotContain(SignalCode.SINGLE_THREADED);
    }

    @Test
    void noRecentCheckupAfterTheGapInWorkingDaysWhileStepsAreOpen() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.lastCheckup = d("2026-11-17");
        assertThat(deal.codes()).doesNotContain(SignalCode.NO_RECENT_CHECKUP);
        deal.lastCheckup = d("2026-11-16");
        assertThat(deal.codes()).contains(SignalCode.NO_RECENT_CHECKUP);
        deal.lastCheckup = null;
        deal.createdOn = d("2026-11-30");
        assertThat(deal.codes()).doesNotContain(SignalCode.NO_RECENT_CHECKUP);
        deal.createdOn = d("2026-11-01");
        assertThat(deal.codes()).contains(SignalCode.NO_RECENT_CHECKUP);
        deal.steps = List.of(StepSpec.open("demo", "Demo", StepOwner.SELLER, 2).withDoneOn(d("2026-11-30")));
        assertThat(deal.codes()).doesNotContain(SignalCode.NO_RECENT_CHECKUP);
    }
}
