package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpportunityTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final StageView DISCOVER = new StageView("discover", "Discover", 20, 2, false, false, 0);
    static final StageView PROPOSE = new StageView("propose", "Propose", 60, 4, false, false, 0);
    static final StageView WON = new StageView("won", "Closed won", 100, 6, true, true, 0);
    static final StageView LOST = new StageView("lost", "Closed lost", 0, 7, true, false, 0);

    static Opportunity deal() {
        Opportunity o = Opportunity.open(
                1,
                "Acme",
                10,
                20,
                new BigDecimal("12500"),
                "USD",
                DISCOVER,
                LocalDate.of(2027, 1, 29),
                ForecastCategory.PIPELINE,
                Instant.parse("2026-12-01T09:00:00Z"));
        o.id = 99L;
        o.version = 0L;
        return o;
    }

    @Test
    void aLaterCloseDateIsAPushThatNeedsAReason() {
        Opportunity o = deal();
        assertThatThrownBy(() -> o.moveCloseDate(LocalDate.of(2027, 2, 26), " ", TODAY))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(
                                ((RuleViolationException) e).problems().get(0).field())
                        .isEqualTo("reason"));
        o.moveCloseDate(LocalDate.of(2027, 2, 26), "Budget moved", TODAY);
        assertThat(o.closeDatePushes).isEqualTo(1);
        assertThat(o.changes).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("closeDate");
            assertThat(c.from()).isEqualTo("2027-01-29");
            assertThat(c.to()).isEqualTo("2027-02-26");
            assertThat(c.reason()).isEqualTo("Budget moved");
        });
        assertThat(o.pendingEvents())
                .singleElement()
                .isEqualTo(new CloseDateMoved(
                        99, 1, LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 26), "Budget moved", true));
    }

    @Test
    void pullingTheCloseDateInIsNoPushAndNeedsNoReason() {
        Opportunity o = deal();
        o.moveCloseDate(LocalDate.of(2027, 1, 15), null, TODAY);
        assertThat(o.closeDatePushes).isZero();
        assertThat(o.closeDate).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void anOpenDealCannotCloseInThePastOrTheSameDayTwice() {
        Opportunity o = deal();
        assertThatThrownBy(() -> o.moveCloseDate(LocalDate.of(2026, 11, 30), "late", TODAY))
                .isInstanceOf(RuleViolationException.class);
        o.moveCloseDate(LocalDate.of(2027, 1, 29), null, TODAY);
        assertThat(o.changes).isEmpty();
    }

    @Test
    void movingStagesRecordsTheChangeAndAnEvent() {
        Opportunity o = deal();
        o.moveTo(PROPOSE);
        assertThat(o.stage).isEqualTo("propose");
        assertThat(o.pendingEvents()).containsExactly(new StageChanged(99, 1, "discover", "propose"));
        o.moveTo(PROPOSE);
        assertThat(o.changes).hasSize(1);
    }

    @Test
    void winningSetsStatusStageCategoryAndFinalAmount() {
        Opportunity o = deal();
        o.close(CloseOutcome.WON, WON, LocalDate.of(2026, 11, 30), new BigDecimal("14000"), null, TODAY);
        assertThat(o.status).isEqualTo(OpportunityStatus.WON);
        assertThat(o.stage).isEqualTo("won");
        assertThat(o.forecastCategory).isEqualTo(ForecastCategory.CLOSED);
        assertThat(o.amount).isEqualByComparingTo("14000");
        assertThat(o.closedOn).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(o.changes).extracting(FieldChange::field).containsExactly("amount", "status", "stage");
    }

    @Test
    void losingNeedsAReasonAndNothingClosesInTheFuture() {
        Opportunity o = deal();
        assertThatThrownBy(() -> o.close(CloseOutcome.LOST, LOST, TODAY, null, "", TODAY))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> o.close(CloseOutcome.WON, WON, TODAY.plusDays(1), null, null, TODAY))
                .isInstanceOf(RuleViolationException.class);
        o.close(CloseOutcome.LOST, LOST, TODAY, null, "Competitor", TODAY);
        assertThat(o.forecastCategory).isEqualTo(ForecastCategory.OMITTED);
        assertThat(o.closeReason).isEqualTo("Competitor");
    }

    @Test
    void aClosedDealRefusesStageCloseDateAndCategoryChanges() {
        Opportunity o = deal();
        o.close(CloseOutcome.WON, WON, TODAY, null, null, TODAY);
        assertThatThrownBy(() -> o.moveTo(PROPOSE)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> o.moveCloseDate(TODAY.plusDays(3), "x", TODAY))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> o.categorise(ForecastCategory.COMMIT)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> o.close(CloseOutcome.LOST, LOST, TODAY, null, "x", TODAY))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void closedIsNotACategoryARepCanPick() {
        assertThatThrownBy(() -> deal().categorise(ForecastCategory.CLOSED)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void amountChangesAreRecordedOnlyWhenTheValueDiffers() {
        Opportunity o = deal();
        o.changeAmount(new BigDecimal("12500.00"), null);
        assertThat(o.changes).isEmpty();
        o.changeAmount(new BigDecimal("13000"), "EUR");
        assertThat(o.changes).extracting(FieldChange::field).containsExactly("amount", "currency");
    }
}
