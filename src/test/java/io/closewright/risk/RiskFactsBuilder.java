package io.closewright.risk;

import io.closewright.closeplan.scheduling.PlanSchedule;
import io.closewright.closeplan.scheduling.PlanScheduler;
import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.closeplan.scheduling.StepSpec;
import io.closewright.opportunity.ForecastCategory;
import io.closewright.shared.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the facts of one deal for the policy tests: a healthy deal unless told otherwise. */
final class RiskFactsBuilder {

    static final BusinessCalendar CALENDAR = BusinessCalendar.mondayToFriday();
    static final RiskRules RULES = new RiskRules(5, 10, 2, 2, ForecastPeriod.Kind.QUARTER);

    LocalDate today = LocalDate.parse("2026-12-01");
    LocalDate closeDate = LocalDate.parse("2026-12-31");
    ForecastCategory category = ForecastCategory.COMMIT;
    int pushes = 0;
    boolean stale = false;
    boolean withPlan = true;
    List<StepSpec> steps = new ArrayList<>(List.of(
            StepSpec.open("demo", "Demo", StepOwner.SELLER, 2),
            StepSpec.open("security", "Security review", StepOwner.BUYER, 3, "demo")));
    List<LocalDate> overdueAsks = new ArrayList<>();
    List<LocalDate> blockers = new ArrayList<>();
    LocalDate lastCheckup = LocalDate.parse("2026-11-30");
    LocalDate createdOn = LocalDate.parse("2026-10-01");
    int contacts = 2;

    PlanSchedule plan() {
        return withPlan
                ? new PlanScheduler().schedule(steps, closeDate, today, CALENDAR, RULES.riskBufferDays())
                : null;
    }

    DealRiskFacts build() {
        return new DealRiskFacts(
                42,
                1,
                7,
                "Riley",
                8L,
                "Acme renewal",
                new BigDecimal("50000"),
                "USD",
                category,
                closeDate,
                pushes,
                stale,
                plan(),
                overdueAsks,
                blockers,
                lastCheckup,
                createdOn,
                contacts);
    }

    RiskAssessment assess() {
        return new RiskAssessor(RULES, CALENDAR, today).assess(build());
    }

    List<SignalCode> codes() {
        return assess().signals().stream().map(RiskSignal::code).toList();
    }
}
