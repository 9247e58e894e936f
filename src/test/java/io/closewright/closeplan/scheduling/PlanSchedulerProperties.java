package io.closewright.closeplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The semantics of close plan scheduling, checked over random plans, calendars and dates. */
class PlanSchedulerProperties {

    @Provide
    Arbitrary<PlanScenario> plans() {
        return PlanScenarios.plans();
    }

    private static Map<String, ScheduledStep> byKey(PlanSchedule schedule) {
        return schedule.steps().stream().collect(Collectors.toMap(ScheduledStep::key, Function.identity()));
    }

    private static LocalDate finish(ScheduledStep step) {
        return step.earliestFinish();
    }

    @Property
    void sinksAreDueOnTheTargetOrTheWorkingDayBeforeIt(@ForAll("plans") PlanScenario plan) {
        PlanSchedule schedule = plan.schedule(2);
        BusinessCalendar calendar = plan.calendar();
        LocalDate target = schedule.targetCloseDate();

        assertThat(calendar.isWorkingDay(target)).isTrue();
        assertThat(target).isBeforeOrEqualTo(plan.target());
        assertThat(calendar.workingDaysBetween(target, plan.target())).isLessThanOrEqualTo(1);
        assertThat(calendar.onOrBefore(plan.target())).isEqualTo(target);
        plan.successorsByKey().forEach((key, successors) -> {
            if (successors.isEmpty()) {
                assertThat(schedule.step(key).dueDate()).as(key).isEqualTo(target);
            }
        });
    }

    @Property
    void otherStepsAreDueTheWorkingDayBeforeTheirEarliestSuccessorsLatestStart(@ForAll("plans") PlanScenario plan) {
        Map<String, ScheduledStep> steps = byKey(plan.schedule(2));
        plan.successorsByKey().forEach((key, successors) -> {
            if (!successors.isEmpty()) {
                LocalDate earliestLatestStart = successors.stream()
                        .map(steps::get)
                        .map(ScheduledStep::latestStart)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
                assertThat(steps.get(key).dueDate())
                        .as(key)
                        .isEqualTo(plan.calendar().plusWorkingDays(earliestLatestStart, -1));
            }
        });
    }

    @Property
    void noStartOrFinishFallsOnANonWorkingDay(@ForAll("plans") PlanScenario plan) {
        BusinessCalendar calendar = plan.calendar();
        for (ScheduledStep step : plan.schedule(2).steps()) {
            assertThat(calendar.isWorkingDay(step.latestStart())).as(step.key()).isTrue();
            assertThat(calendar.isWorkingDay(step.dueDate())).as(step.key()).isTrue();
            assertThat(calendar.isWorkingDay(step.earliestStart()))
                    .as(step.key())
                    .isTrue();
            if (step.status() == StepStatus.OPEN) {
                assertThat(calendar.isWorkingDay(step.earliestFinish()))
                        .as(step.key())
                        .isTrue();
            }
        }
    }

    @Property
    void stepsLastTheirDurationInWorkingDays(@ForAll("plans") PlanScenario plan) {
        BusinessCalendar calendar = plan.calendar();
        for (ScheduledStep step : plan.schedule(2).steps()) {
            int span = step.durationDays() - 1;
            assertThat(calendar.workingDaysBetween(step.latestStart(), step.dueDate()))
                    .as(step.key())
                    .isEqualTo(span);
            LocalDate finish = calendar.onOrBefore(step.earliestFinish());
            assertThat(calendar.workingDaysBetween(step.earliestStart(), finish))
                    .as(step.key())
                    .isEqualTo(span);
        }
    }

    @Property
    void whileAnyStepIsOpenFeasibleMeansNoNegativeSlackAndAProjectionByTheTarget(@ForAll("plans") PlanScenario plan) {
        PlanSchedule schedule = plan.schedule(2);
        if (plan.anyOpen()) {
            boolean projectedInTime = !schedule.projectedCloseDate().isAfter(schedule.targetCloseDate());
            assertThat(schedule.feasible())
                    .isEqualTo(schedule.minSlackDays() >= 0)
                    .isEqualTo(projectedInTime);
        } else {
            assertThat(schedule.minSlackDays()).isNull();
            assertThat(schedule.criticalPath()).isEmpty();
        }
        assertThat(schedule.scheduleStatus() == ScheduleStatus.OFF_TRACK).isEqualTo(!schedule.feasible());
    }

    @Property
    void doneStepsNeverMove(@ForAll("plans") PlanScenario plan) {
        Map<String, StepSpec> specs = plan.specsByKey();
        for (ScheduledStep step : plan.schedule(2).steps()) {
            LocalDate doneOn = specs.get(step.key()).doneOn();
            if (doneOn != null) {
                assertThat(step)
                        .extracting(
                                ScheduledStep::earliestFinish,
                                ScheduledStep::doneOn,
                                ScheduledStep::status,
                                ScheduledStep::slackDays,
                                ScheduledStep::critical,
                                ScheduledStep::overdue)
                        .containsExactly(doneOn, doneOn, StepStatus.DONE, null, false, false);
            }
        }
    }

    @Property
    void openStepsStartOnTheFirstDayTodayAndTheirPredecessorsAllow(@ForAll("plans") PlanScenario plan) {
        BusinessCalendar calendar = plan.calendar();
        Map<String, ScheduledStep> steps = byKey(plan.schedule(2));
        for (ScheduledStep step : steps.values()) {
            if (step.status() == StepStatus.OPEN) {
                LocalDate earliest = calendar.onOrAfter(plan.today());
                for (String predecessor : step.dependsOn()) {
                    LocalDate predecessorFinish = finish(steps.get(predecessor));
                    assertThat(step.earliestStart()).as(step.key()).isAfter(predecessorFinish);
                    LocalDate dayAfter = calendar.plusWorkingDays(predecessorFinish, 1);
                    earliest = dayAfter.isAfter(earliest) ? dayAfter : earliest;
                }
                assertThat(step.earliestStart()).as(step.key()).isEqualTo(earliest);
            }
        }
    }

    @Property
    void slackCriticalityAndOverdueFollowTheDates(@ForAll("plans") PlanScenario plan) {
        PlanSchedule schedule = plan.schedule(2);
        for (ScheduledStep step : schedule.steps()) {
            if (step.status() == StepStatus.OPEN) {
                long slack = plan.calendar().workingDaysBetween(step.earliestFinish(), step.dueDate());
                assertThat(step.slackDays()).as(step.key()).isEqualTo((int) slack);
                assertThat(step.critical())
                        .as(step.key())
                        .isEqualTo(step.slackDays().equals(schedule.minSlackDays()));
                assertThat(step.overdue())
                        .as(step.key())
                        .isEqualTo(step.dueDate().isBefore(plan.today()));
            }
        }
        List<String> critical = schedule.steps().stream()
                .filter(ScheduledStep::critical)
                .map(ScheduledStep::key)
                .toList();
        assertThat(schedule.criticalPath()).isEqualTo(critical);
    }

    @Property
    void projectsTheCloseOnTheLatestFinish(@ForAll("plans") PlanScenario plan) {
        PlanSchedule schedule = plan.schedule(2);
        LocalDate latest = schedule.steps().stream()
                .map(PlanSchedulerProperties::finish)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        assertThat(schedule.projectedCloseDate()).isEqualTo(latest).isEqualTo(schedule.earliestCloseDate());
    }

    @Property
    void listsStepsByEarliestStartWithOpenStepsAfterTheirPredecessors(@ForAll("plans") PlanScenario plan) {
        List<ScheduledStep> steps = plan.schedule(2).steps();
        assertThat(steps)
                .hasSize(plan.steps().size())
                .isSortedAccordingTo(Comparator.comparing(ScheduledStep::earliestStart));
        for (int i = 0; i < steps.size(); i++) {
            Set<String> later = steps.subList(i + 1, steps.size()).stream()
                    .map(ScheduledStep::key)
                    .collect(Collectors.toSet());
            if (steps.get(i).status() == StepStatus.OPEN) {
                assertThat(steps.get(i).dependsOn()).as(steps.get(i).key()).noneMatch(later::contains);
            }
        }
    }

    @Property
    void measuresProgressAsTheShareOfDurationsDone(@ForAll("plans") PlanScenario plan) {
        double done = plan.steps().stream()
                .filter(StepSpec::done)
                .mapToInt(StepSpec::durationDays)
                .sum();
        double total = plan.steps().stream().mapToInt(StepSpec::durationDays).sum();
        assertThat(plan.schedule(2).progress()).isEqualTo(done / total);
    }

    @Property
    void randomPlansCoverEveryKindOfSchedule(@ForAll("plans") PlanScenario plan) {
        PlanSchedule schedule = plan.schedule(2);
        boolean someDone = plan.steps().stream().anyMatch(StepSpec::done);
        Statistics.label("status").collect(schedule.scheduleStatus());
        Statistics.label("done").collect(!someDone ? "none" : plan.anyOpen() ? "some" : "all");
        Statistics.label("target on a working day").collect(plan.calendar().isWorkingDay(plan.target()));
        Statistics.label("status").coverage(coverage -> {
            coverage.check(ScheduleStatus.ON_TRACK).percentage(p -> p > 10);
            coverage.check(ScheduleStatus.AT_RISK).percentage(p -> p > 2);
            coverage.check(ScheduleStatus.OFF_TRACK).percentage(p -> p > 10);
        });
        Statistics.label("done").coverage(coverage -> {
            coverage.check("none").percentage(p -> p > 10);
            coverage.check("some").percentage(p -> p > 10);
            coverage.check("all").percentage(p -> p > 1);
        });
        Statistics.label("target on a working day")
                .coverage(coverage -> coverage.check(false).percentage(p -> p > 10));
    }
}
