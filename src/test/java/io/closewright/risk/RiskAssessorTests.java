package io.closewright.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.opportunity.ForecastCategory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Recommendations, the cause of a slip and when the manager's slip alert is due. */
class RiskAssessorTests {

    @Test
    void recommendsReDatingToThePlansEarliestCloseDate() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.closeDate = LocalDate.parse("2026-12-03");
        RiskAssessment risk = deal.assess();
        Recommendation redate = risk.recommendations().get(0);
        assertThat(redate.action()).isEqualTo(RecommendationAction.REEVALUATE_CLOSE_DATE);
        assertThat(redate.suggestedCloseDate())
                .isEqualTo(deal.plan().earliestCloseDate())
                .hasToString("2026-12-07");
        assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(risk.recommendations())
                .extracting(Recommendation::action)
                .contains(RecommendationAction.NOTIFY_MANAGER);
    }

    @Test
    void namesTheCriticalStepsAndTheirSidesAsTheCauseOfASlip() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.closeDate = LocalDate.parse("2026-12-03");
        SlipCauseView slip = deal.assess().slip();
        assertThat(slip.steps()).extracting(SlipStep::key).containsExactly("demo", "security");
        assertThat(slip.sides()).containsExactly(StepOwner.SELLER, StepOwner.BUYER);
        assertThat(slip.forecastPeriod()).isEqualTo("2026-Q4");
        assertThat(slip.leavesPeriod()).isFalse();
    }

    @Test
    void slipAlertOnlyForCommitAndBestCaseDealsProjectedOutOfTheirPeriod() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.today = LocalDate.parse("2026-12-28");
        deal.closeDate = LocalDate.parse("2026-12-30");
        assertThat(deal.assess().slip().leavesPeriod()).isTrue();
        assertThat(deal.assess().slipAlert()).isTrue();
        deal.category = ForecastCategory.BEST_CASE;
        assertThat(deal.assess().slipAlert()).isTrue();
        deal.category = ForecastCategory.PIPELINE;
        assertThat(deal.assess().slipAlert()).isFalse();
        deal.category = ForecastCategory.COMMIT;
        deal.today = LocalDate.parse("2026-12-01");
        deal.closeDate = LocalDate.parse("2026-12-03");
        assertThat(deal.assess().slipAlert()).isFalse();
    }

    @Test
    void unripeDealsAreSentToNurtureAndSingleThreadedOnesToAStakeholder() {
        RiskFactsBuilder deal = new RiskFactsBuilder();
        deal.stale = true;
        deal.pushes = 3;
        deal.contacts = 1;
        assertThat(deal.assess().recommendations())
                .extracting(Recommendation::action)
                .contains(RecommendationAction.MOVE_TO_NURTURE, RecommendationAction.ADD_STAKEHOLDER);
        deal.lastCheckup = LocalDate.parse("2026-11-01");
        assertThat(deal.assess().recommendations())
                .extracting(Recommendation::action)
                .contains(RecommendationAction.SCHEDULE_CHECKUP);
    }

    @Test
    void forecastPeriodsAreQuartersOrMonths() {
        LocalDate day = LocalDate.parse("2026-11-15");
        ForecastPeriod quarter = ForecastPeriod.of(day, ForecastPeriod.Kind.QUARTER);
        assertThat(quarter.label()).isEqualTo("2026-Q4");
        assertThat(quarter.start()).hasToString("2026-10-01");
        assertThat(quarter.end()).hasToString("2026-12-31");
        ForecastPeriod month = ForecastPeriod.of(day, ForecastPeriod.Kind.MONTH);
        assertThat(month.label()).isEqualTo("2026-11");
        assertThat(month.end()).hasToString("2026-11-30");
        assertThat(ForecastPeriod.of(LocalDate.parse("2027-02-01"), ForecastPeriod.Kind.QUARTER)
                        .label())
                .isEqualTo("2027-Q1");
    }
}
