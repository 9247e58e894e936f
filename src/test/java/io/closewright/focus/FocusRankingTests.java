package io.closewright.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.opportunity.ForecastCategory;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.calendar.BusinessCalendar;
import io.closewright.shared.web.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The focus score and ranking on Wed 9 Dec 2026 in a Monday-to-Friday week. */
class FocusRankingTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
    static final BusinessCalendar CALENDAR = BusinessCalendar.mondayToFriday();
    static final FocusSettings SETTINGS = new FocusSettings(
            5,
            25,
            60,
            0.3,
            BigDecimal.valueOf(10_000),
            1000,
            java.time.Duration.ofMinutes(15),
            16,
            java.time.Duration.ofSeconds(60));

    final FocusRanking ranking =
            new FocusRanking(SETTINGS, CALENDAR, TODAY, new Formats("USD", TODAY, ZoneOffset.UTC, CALENDAR));

    static OpportunityView deal(long id, int amount, int probability, ForecastCategory category, LocalDate close) {
        Instant at = Instant.parse("2026-11-01T09:00:00Z");
        return new OpportunityView(
                id,
                "Deal " + id,
                1,
                "Acme",
                1,
                "Riley",
                BigDecimal.valueOf(amount),
                "USD",
                "s",
                "Stage",
                probability,
                close,
                category,
                OpportunityStatus.OPEN,
                0,
                null,
                null,
                1,
                at,
                at,
                at,
                null,
                false);
    }

    static Candidate step(OpportunityView deal, LocalDate due, int slack, boolean critical) {
        return new Candidate(
                FocusKind.STEP,
                deal,
                "a",
                "Finish 'a'",
                due,
                slack,
                critical,
                FocusAction.COMPLETE_STEP,
                null,
                null,
                null);
    }

    static Candidate checkup(OpportunityView deal, LocalDate on) {
        return new Candidate(
                FocusKind.CHECKUP,
                deal,
                "x",
                "Prepare the checkup",
                on,
                null,
                false,
                FocusAction.PREPARE_CHECKUP,
                null,
                null,
                null);
    }

    @Test
    void anOverdueCriticalStepOfALargeCommittedDealRanksAboveACheckupOfASmallEarlyDealInTwoWeeks() {
        OpportunityView large = deal(1, 500_000, 80, ForecastCategory.COMMIT, LocalDate.of(2026, 12, 18));
        OpportunityView small = deal(2, 8_000, 20, ForecastCategory.PIPELINE, LocalDate.of(2027, 1, 29));
        List<FocusItem> items = ranking.rank(
                List.of(checkup(small, LocalDate.of(2026, 12, 23)), step(large, LocalDate.of(2026, 12, 7), -2, true)));
        assertThat(items).extracting(FocusItem::opportunityId).containsExactly(1L, 2L);
        assertThat(items.get(0).why()).isEqualTo("2 working days overdue, $400K weighted ($500K at 80%)");
        assertThat(items.get(0).score()).isGreaterThan(10 * items.get(1).score());
    }

    @Test
    void overdueComesBeforeDueTodayAtEqualValue() {
        OpportunityView d = deal(1, 50_000, 60, ForecastCategory.BEST_CASE, LocalDate.of(2027, 1, 15));
        List<FocusItem> items = ranking.rank(List.of(checkup(d, TODAY), checkup(d, LocalDate.of(2026, 12, 8))));
        assertThat(items).extracting(FocusItem::dueDate).containsExactly(LocalDate.of(2026, 12, 8), TODAY);
        assertThat(items.get(0).overdue()).isTrue();
    }

    @Test
    void unripeDealsSinkBelowTheSameWorkOnARipeDeal() {
        OpportunityView ripe = deal(1, 10_000, 10, ForecastCategory.PIPELINE, LocalDate.of(2026, 12, 31));
        OpportunityView unripe = deal(2, 10_000, 10, ForecastCategory.PIPELINE, LocalDate.of(2027, 6, 30));
        List<FocusItem> items = ranking.rank(List.of(checkup(unripe, TODAY), checkup(ripe, TODAY)));
        assertThat(items).extracting(FocusItem::opportunityId).containsExactly(1L, 2L);
        assertThat(items.get(1).unripe()).isTrue();
        assertThat(items.get(1).score())
                .isCloseTo(items.get(0).score() * 0.3, org.assertj.core.api.Assertions.within(0.02));
        assertThat(ranking.unripe(ripe)).isFalse();
        assertThat(ranking.unripe(deal(3, 10_000, 40, ForecastCategory.PIPELINE, LocalDate.of(2027, 6, 30))))
                .isFalse();
    }

    @Test
    void theScoreFollowsTheDocumentedFormula() {
        assertThat(FocusScore.value(BigDecimal.valueOf(990))).isEqualTo(3.0);
        assertThat(FocusScore.urgency(0)).isEqualTo(2.0);
        assertThat(FocusScore.urgency(3)).isEqualTo(1.0);
        assertThat(FocusScore.urgency(-1)).isEqualTo(3.1);
        assertThat(FocusScore.urgency(-30)).isEqualTo(4.0);
        assertThat(FocusScore.score(3.0, 2.0, 1.5, 1)).isEqualTo(90.0);
    }
}
