package io.closewright.closeplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The semantics of close plan scheduling, checked over random plans, calendars and dates: each
 * property holds for {@value #TRIES} random plans.
 */
class PlanSchedulerProperties {

    private static final int TRIES = 1000;

    private static void forAllPlans(Consumer<PlanScenario> property) {
        Gen<PlanScenario> plans = PlanScenarios.plans();
        qt().withExamples(TRIES)
                .forAll(plans.describedAs(PlanScenario::toString))
                .checkAssert(property);
    }

    private static Map<String, ScheduledStep> byKey(PlanSchedule schedule) {
        return schedule.steps().stream().collect(Collectors.toMap(ScheduledStep::key, Function.identity()));
    }

    private static LocalDate finish(ScheduledStep step) {
        return step.earliestFinish();
    }

    @Test
    void sinksAreDueOnTheTargetOrTheWorkingDayBeforeIt() {
        forAllPlans(plan -> {
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
        });
    }

    @Test
    void otherStepsAreDueTheWorkingDayBeforeTheirEarliestSuccessorsLatestStart() {
        forAllPlans(plan -> {
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
        });
    }

    @Test
    void noStartOrFinishFallsOnANonWorkingDay() {
        forAllPlans(plan -> {
            BusinessCalendar calendar = plan.calendar();
            for (ScheduledStep step : plan.schedule(2).steps()) {
                assertThat(calendar.isWorkingDay(step.latestStart()))
                        .as(step.key())
                        .isTrue();
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
        });
    }

    @Test
    void stepsLastTheirDurationInWorkingDays() {
        forAllPlans(plan -> {
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
        });
    }

    @Test
    void whileAnyStepIsOpenFeasibleMeansNoNegativeSlackAndAProjectionByTheTarget() {
        forAllPlans(plan -> {
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
        });
    }

    @Test
    void doneStepsNeverMove() {
        forAllPlans(plan -> {
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
        });
    }

    @Test
    void openStepsStartOnTheFirstDayTodayAndTheirPredecessorsAllow() {
        forAllPlans(plan -> {
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
        });
    }

    @Test
    void slackCriticalityAndOverdueFollowTheDates() {
        forAllPlans(plan -> {
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
        });
    }

    @Test
    void projectsTheCloseOnTheLatestFinish() {
        forAllPlans(plan -> {
            PlanSchedule schedule = plan.schedule(2);
            LocalDate latest = schedule.steps().stream()
                    .map(PlanSchedulerProperties::finish)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            assertThat(schedule.projectedCloseDate()).isEqualTo(latest).isEqualTo(schedule.earliestCloseDate());
        });
    }

    @Test
    void listsStepsByEarliestStartWithOpenStepsAfterTheirPredecessors() {
        forAllPlans(plan -> {
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
        });
    }

    @Test
    void measuresProgressAsTheShareOfDurationsDone() {
        forAllPlans(plan -> {
            double done = plan.steps().stream()
                    .filter(StepSpec::done)
                    .mapToInt(StepSpec::durationDays)
                    .sum();
            double total =
                    plan.steps().stream().mapToInt(StepSpec::durationDays).sum();
            assertThat(plan.schedule(2).progress()).isEqualTo(done / total);
        });
    }

    @Test
    void randomPlansCoverEveryKindOfSchedule() {
        Map<String, Integer> seen = new HashMap<>();
        forAllPlans(plan -> {
            PlanSchedule schedule = plan.schedule(2);
            boolean someDone = plan.steps().stream().anyMatch(StepSpec::done);
            seen.merge("status " + schedule.scheduleStatus(), 1, Integer::sum);
            seen.merge("done " + (!someDone ? "none" : plan.anyOpen() ? "some" : "all"), 1, Integer::sum);
            seen.merge("target on a working day " + plan.calendar().isWorkingDay(plan.target()), 1, Integer::sum);
            seen.merge("plans", 1, Integer::sum);
        });
        double plans = seen.get("plans");
        Function<String, Double> percentage = label -> 100 * seen.getOrDefault(label, 0) / plans;
        assertThat(plans).as("plans generated").isGreaterThanOrEqualTo(0.99 * TRIES);
        assertThat(percentage.apply("status ON_TRACK")).as("ON_TRACK").isGreaterThan(10);
        assertThat(percentage.apply("status AT_RISK")).as("AT_RISK").isGreaterThan(2);
        assertThat(percentage.apply("status OFF_TRACK")).as("OFF_TRACK").isGreaterThan(10);
        assertThat(percentage.apply("done none")).as("none done").isGreaterThan(10);
        assertThat(percentage.apply("done some")).as("some done").isGreaterThan(10);
        assertThat(percentage.apply("done all")).as("all done").isGreaterThan(1);
        assertThat(percentage.apply("target on a working day false"))
                .as("target off a working day")
                .isGreaterThan(10);
    }
}
