package io.closewright.closeplan.scheduling;

import static io.closewright.closeplan.scheduling.StepOwner.BUYER;
import static io.closewright.closeplan.scheduling.StepOwner.JOINT;
import static io.closewright.closeplan.scheduling.StepOwner.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked schedules of a diamond plan around Christmas 2026 (Friday 25 December and Friday
 * 1 January are holidays): discovery, then security review and proposal in parallel, then signature.
 */
class PlanSchedulerTests {

    static final BusinessCalendar CALENDAR =
            BusinessCalendar.mondayToFriday(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));

    private final PlanScheduler scheduler = new PlanScheduler();

    static LocalDate dec(int day) {
        return LocalDate.of(2026, 12, day);
    }

    static LocalDate jan(int day) {
        return LocalDate.of(2027, 1, day);
    }

    static List<StepSpec> diamond() {
        return List.of(
                StepSpec.open("discovery", "Discovery call", SELLER, 2),
                StepSpec.open("security", "Security review", BUYER, 3, "discovery"),
                StepSpec.open("proposal", "Proposal", SELLER, 1, "discovery"),
                StepSpec.open("signature", "Signature", JOINT, 2, "security", "proposal"));
    }

    private PlanSchedule schedule(List<StepSpec> steps, LocalDate target, LocalDate today) {
        return scheduler.schedule(steps, target, today, CALENDAR, PlanScheduler.DEFAULT_RISK_BUFFER_DAYS);
    }

    @Test
    void schedulesStepsBackwardsFromCloseDate() {
        PlanSchedule plan = schedule(diamond(), jan(5), dec(21));

        assertThat(plan.step("signature"))
                .extracting(ScheduledStep::latestStart, ScheduledStep::dueDate)
                .containsExactly(jan(4), jan(5));
        assertThat(plan.step("security"))
                .extracting(ScheduledStep::latestStart, ScheduledStep::dueDate)
                .containsExactly(dec(29), dec(31));
        assertThat(plan.step("proposal"))
                .extracting(ScheduledStep::latestStart, ScheduledStep::dueDate)
                .containsExactly(dec(31), dec(31));
        assertThat(plan.step("discovery"))
                .extracting(ScheduledStep::latestStart, ScheduledStep::dueDate)
                .containsExactly(dec(24), dec(28));
    }

    @Test
    void projectsStepsForwardsFromToday() {
        PlanSchedule plan = schedule(diamond(), jan(5), dec(21));

        assertThat(plan.step("discovery"))
                .extracting(ScheduledStep::earliestStart, ScheduledStep::earliestFinish)
                .containsExactly(dec(21), dec(22));
        assertThat(plan.step("security"))
                .extracting(ScheduledStep::earliestStart, ScheduledStep::earliestFinish)
                .containsExactly(dec(23), dec(28));
        assertThat(plan.step("proposal"))
                .extracting(ScheduledStep::earliestStart, ScheduledStep::earliestFinish)
                .containsExactly(dec(23), dec(23));
        assertThat(plan.step("signature"))
                .extracting(ScheduledStep::earliestStart, ScheduledStep::earliestFinish)
                .containsExactly(dec(29), dec(30));
        assertThat(plan.projectedCloseDate()).isEqualTo(dec(30));
        assertThat(plan.earliestCloseDate()).isEqualTo(dec(30));
        assertThat(plan.feasible()).isTrue();
    }

    @Test
    void measuresSlackInWorkingDaysAndMarksTheCriticalPath() {
        PlanSchedule plan = schedule(diamond(), jan(5), dec(21));

        assertThat(plan.steps())
                .extracting(ScheduledStep::key, ScheduledStep::slackDays, ScheduledStep::critical)
                .containsExactly(
                        tuple("discovery", 3, true),
                        tuple("security", 3, true),
                        tuple("proposal", 5, false),
                        tuple("signature", 3, true));
        assertThat(plan.minSlackDays()).isEqualTo(3);
        assertThat(plan.criticalPath()).containsExactly("discovery", "security", "signature");
    }

    @Test
    void isOnTrackWithSlackAtLeastTheRiskBufferAndAtRiskBelowIt() {
        assertThat(scheduler.schedule(diamond(), jan(5), dec(21), CALENDAR, 3).scheduleStatus())
                .isEqualTo(ScheduleStatus.ON_TRACK);
        assertThat(scheduler.schedule(diamond(), jan(5), dec(21), CALENDAR, 4).scheduleStatus())
                .isEqualTo(ScheduleStatus.AT_RISK);
    }

    @Test
    void isOffTrackWhenTheProjectionPassesTheTarget() {
        PlanSchedule plan = schedule(diamond(), dec(29), dec(21));

        assertThat(plan.feasible()).isFalse();
        assertThat(plan.scheduleStatus()).isEqualTo(ScheduleStatus.OFF_TRACK);
        assertThat(plan.projectedCloseDate()).isEqualTo(dec(30));
        assertThat(plan.minSlackDays()).isEqualTo(-1);
        assertThat(plan.step("discovery").dueDate()).isEqualTo(dec(21));
        assertThat(plan.step("discovery").overdue()).isFalse();
        assertThat(plan.criticalPath()).containsExactly("discovery", "security", "signature");
    }

    @Test
    void marksOpenStepsDueBeforeTodayOverdue() {
        PlanSchedule plan = schedule(diamond(), dec(29), dec(22));

        assertThat(plan.step("discovery").overdue()).isTrue();
        assertThat(plan.step("discovery").slackDays()).isEqualTo(-2);
        assertThat(plan.step("security").overdue()).isFalse();
        assertThat(plan.projectedCloseDate()).isEqualTo(dec(31));
    }

    @Test
    void startsOpenWorkOnTheFirstWorkingDayOnOrAfterToday() {
        PlanSchedule plan = schedule(diamond(), jan(15), dec(25));

        assertThat(plan.step("discovery").earliestStart()).isEqualTo(dec(28));
        assertThat(plan.step("discovery").earliestFinish()).isEqualTo(dec(29));
    }

    @Test
    void movesATargetOnANonWorkingDayBackToTheWorkingDayBefore() {
        assertThat(schedule(diamond(), jan(9), dec(21)).targetCloseDate()).isEqualTo(jan(8));

        PlanSchedule afterHoliday = schedule(diamond(), jan(2), dec(21));
        assertThat(afterHoliday.targetCloseDate()).isEqualTo(dec(31));
        assertThat(afterHoliday.step("signature").dueDate()).isEqualTo(dec(31));
    }

    @Test
    void keepsDoneStepsFixedAtTheirDoneDate() {
        List<StepSpec> steps = diamond();
        steps = List.of(
                steps.get(0).withDoneOn(dec(22)), steps.get(1), steps.get(2).withDoneOn(dec(23)), steps.get(3));

        PlanSchedule plan = schedule(steps, jan(5), dec(28));

        assertThat(plan.step("discovery"))
                .extracting(
                        ScheduledStep::earliestStart,
                        ScheduledStep::earliestFinish,
                        ScheduledStep::status,
                        ScheduledStep::doneOn,
                        ScheduledStep::slackDays,
                        ScheduledStep::critical)
                .containsExactly(dec(21), dec(22), StepStatus.DONE, dec(22), null, false);
        assertThat(plan.step("security"))
                .extracting(ScheduledStep::earliestStart, ScheduledStep::earliestFinish)
                .containsExactly(dec(28), dec(30));
        assertThat(plan.step("signature"))
                .extracting(ScheduledStep::earliestStart, ScheduledStep::earliestFinish)
                .containsExactly(dec(31), jan(4));
        assertThat(plan.minSlackDays()).isEqualTo(1);
        assertThat(plan.scheduleStatus()).isEqualTo(ScheduleStatus.AT_RISK);
        assertThat(plan.criticalPath()).containsExactly("security", "signature");
    }

    @Test
    void countsAStepDoneOnAWeekendAsFinishingThatDay() {
        List<StepSpec> steps = diamond();
        steps = List.of(steps.get(0).withDoneOn(dec(19)), steps.get(1), steps.get(2), steps.get(3));

        PlanSchedule plan = schedule(steps, jan(5), dec(21));

        assertThat(plan.step("discovery"))
                .extracting(ScheduledStep::earliestStart, ScheduledStep::earliestFinish)
                .containsExactly(dec(17), dec(19));
        assertThat(plan.step("security").earliestStart()).isEqualTo(dec(21));
    }

    @Test
    void measuresProgressByDurationsDone() {
        List<StepSpec> steps = diamond();
        steps = List.of(
                steps.get(0).withDoneOn(dec(22)), steps.get(1), steps.get(2).withDoneOn(dec(23)), steps.get(3));

        assertThat(schedule(steps, jan(5), dec(28)).progress()).isEqualTo(3.0 / 8);
        assertThat(schedule(diamond(), jan(5), dec(28)).progress()).isZero();
    }

    @Test
    void closesOnTheLastDoneDateWhenEveryStepIsDone() {
        List<StepSpec> steps =
                diamond().stream().map(step -> step.withDoneOn(dec(23))).toList();
        steps = List.of(steps.get(0), steps.get(1), steps.get(2), steps.get(3).withDoneOn(dec(30)));

        PlanSchedule inTime = schedule(steps, jan(5), jan(6));
        PlanSchedule late = schedule(steps, dec(29), jan(6));

        assertThat(inTime)
                .extracting(
                        PlanSchedule::projectedCloseDate,
                        PlanSchedule::feasible,
                        PlanSchedule::minSlackDays,
                        PlanSchedule::scheduleStatus,
                        PlanSchedule::progress)
                .containsExactly(dec(30), true, null, ScheduleStatus.ON_TRACK, 1.0);
        assertThat(inTime.criticalPath()).isEmpty();
        assertThat(late.scheduleStatus()).isEqualTo(ScheduleStatus.OFF_TRACK);
    }

    @Test
    void listsStepsInScheduleOrder() {
        List<StepSpec> reversed = List.of(
                diamond().get(3), diamond().get(2), diamond().get(1), diamond().get(0));

        assertThat(schedule(reversed, jan(5), dec(21)).steps())
                .extracting(ScheduledStep::key)
                .containsExactly("discovery", "proposal", "security", "signature");
    }

    @Test
    void namesTheCriticalOpenStepsAndTheirSidesAsTheCauseOfASlip() {
        SlipCause cause = SlipCause.of(schedule(diamond(), dec(29), dec(21)));

        assertThat(cause.stepKeys()).containsExactly("discovery", "security", "signature");
        assertThat(cause.owners()).containsExactly(SELLER, BUYER, JOINT);
    }

    @Test
    void findsNoSlipCauseWhenEveryStepIsDone() {
        List<StepSpec> steps =
                diamond().stream().map(step -> step.withDoneOn(dec(23))).toList();

        SlipCause cause = SlipCause.of(schedule(steps, jan(5), jan(6)));

        assertThat(cause.steps()).isEmpty();
        assertThat(cause.owners()).isEmpty();
    }

    @Test
    void schedulesAChainSpanningDecadesInWorkingDays() {
        List<StepSpec> chain = new ArrayList<>();
        for (int step = 0; step < 100; step++) {
            chain.add(
                    step == 0
                            ? StepSpec.open("s0", "Step 0", SELLER, 250)
                            : StepSpec.open("s" + step, "Step " + step, BUYER, 250, "s" + (step - 1)));
        }

        PlanSchedule plan = schedule(chain, jan(4), dec(21));

        assertThat(plan.step("s99").earliestFinish()).isEqualTo(CALENDAR.plusWorkingDays(dec(21), 100 * 250 - 1));
        assertThat(plan.step("s0").latestStart()).isEqualTo(CALENDAR.plusWorkingDays(jan(4), -(100 * 250 - 1)));
        assertThat(plan.minSlackDays()).isEqualTo(-(100 * 250 - 1 - 8));
    }
}
