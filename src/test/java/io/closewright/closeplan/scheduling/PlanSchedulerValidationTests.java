package io.closewright.closeplan.scheduling;

import static io.closewright.closeplan.scheduling.StepOwner.BUYER;
import static io.closewright.closeplan.scheduling.StepOwner.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class PlanSchedulerValidationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final PlanScheduler scheduler = new PlanScheduler();

    private AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> problemsOf(List<StepSpec> steps) {
        return problemsOf(scheduler, steps);
    }

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> problemsOf(
            PlanScheduler scheduler, List<StepSpec> steps) {
        InvalidPlanException refusal = catchThrowableOfType(
                InvalidPlanException.class,
                () -> scheduler.schedule(steps, TODAY.plusDays(30), TODAY, BusinessCalendar.mondayToFriday(), 2));
        assertThat(refusal).as("refusal").isNotNull();
        return assertThat(refusal.problems()).extracting(PlanProblem::field, PlanProblem::message);
    }

    private static List<StepSpec> steps(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> StepSpec.open("s" + i, "Step " + i, SELLER, 1))
                .toList();
    }

    @Test
    void refusesAnEmptyPlan() {
        problemsOf(List.of()).containsExactly(tuple("steps", "A plan needs at least one step"));
        problemsOf(null).containsExactly(tuple("steps", "A plan needs at least one step"));
    }

    @Test
    void refusesMoreThanFiveHundredSteps() {
        problemsOf(steps(501)).containsExactly(tuple("steps", "A plan has at most 500 steps; this one has 501"));
        assertThat(new PlanScheduler(1000)
                        .schedule(steps(501), TODAY.plusDays(30), TODAY, BusinessCalendar.mondayToFriday(), 2)
                        .steps())
                .hasSize(501);
    }

    @Test
    void refusesAMissingStep() {
        List<StepSpec> steps = new ArrayList<>(steps(2));
        steps.set(1, null);
        problemsOf(steps).containsExactly(tuple("steps[1]", "Step is missing"));
    }

    @Test
    void refusesABlankKey() {
        problemsOf(List.of(StepSpec.open("a", "A", SELLER, 1), StepSpec.open(" ", "B", SELLER, 1)))
                .containsExactly(tuple("steps[1].key", "Key is required"));
    }

    @Test
    void refusesADuplicateKey() {
        problemsOf(List.of(
                        StepSpec.open("a", "A", SELLER, 1),
                        StepSpec.open("b", "B", SELLER, 1),
                        StepSpec.open("a", "Again", SELLER, 1)))
                .containsExactly(tuple("steps[2].key", "Key 'a' is already used by steps[0]"));
    }

    @Test
    void refusesAnUnknownDependency() {
        problemsOf(List.of(StepSpec.open("a", "A", SELLER, 1), StepSpec.open("b", "B", SELLER, 1, "a", "zz")))
                .containsExactly(tuple("steps[1].dependsOn[1]", "Unknown step key 'zz'"));
    }

    @Test
    void refusesABlankDependency() {
        problemsOf(List.of(new StepSpec("a", "A", SELLER, 1, Arrays.asList((String) null), null)))
                .containsExactly(tuple("steps[0].dependsOn[0]", "Dependency key is required"));
    }

    @Test
    void refusesASelfDependency() {
        problemsOf(List.of(StepSpec.open("a", "A", SELLER, 1, "a")))
                .containsExactly(tuple("steps[0].dependsOn[0]", "Step 'a' cannot depend on itself"));
    }

    @Test
    void refusesDurationsOutsideOneToTwoHundredFifty() {
        problemsOf(List.of(
                        StepSpec.open("a", "A", SELLER, 0),
                        StepSpec.open("b", "B", SELLER, 251),
                        StepSpec.open("c", "C", SELLER, 250),
                        StepSpec.open("d", "D", SELLER, 1)))
                .containsExactly(
                        tuple("steps[0].durationDays", "Duration must be 1 to 250 working days, was 0"),
                        tuple("steps[1].durationDays", "Duration must be 1 to 250 working days, was 251"));
    }

    @Test
    void refusesABlankTitle() {
        problemsOf(List.of(StepSpec.open("a", "", SELLER, 1), StepSpec.open("b", null, SELLER, 1)))
                .containsExactly(
                        tuple("steps[0].title", "Title is required"), tuple("steps[1].title", "Title is required"));
    }

    @Test
    void refusesAMissingOwner() {
        problemsOf(List.of(StepSpec.open("a", "A", null, 1)))
                .containsExactly(tuple("steps[0].owner", "Owner is required: SELLER, BUYER or JOINT"));
    }

    @Test
    void refusesACycleNamingItsStepsInDependencyOrder() {
        problemsOf(List.of(
                        StepSpec.open("start", "Start", SELLER, 1),
                        StepSpec.open("a", "A", SELLER, 1, "c", "start"),
                        StepSpec.open("b", "B", BUYER, 1, "a"),
                        StepSpec.open("c", "C", SELLER, 1, "b"),
                        StepSpec.open("after", "After", SELLER, 1, "c")))
                .containsExactly(tuple("steps[1].dependsOn", "Steps form a cycle: a -> b -> c -> a"));
    }

    @Test
    void refusesATwoStepCycle() {
        problemsOf(List.of(StepSpec.open("x", "X", SELLER, 1, "y"), StepSpec.open("y", "Y", SELLER, 1, "x")))
                .containsExactly(tuple("steps[0].dependsOn", "Steps form a cycle: x -> y -> x"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        problemsOf(List.of(StepSpec.open("a", " ", SELLER, 0, "b"), StepSpec.open("a", "A", BUYER, 1)))
                .containsExactly(
                        tuple("steps[0].title", "Title is required"),
                        tuple("steps[0].durationDays", "Duration must be 1 to 250 working days, was 0"),
                        tuple("steps[1].key", "Key 'a' is already used by steps[0]"),
                        tuple("steps[0].dependsOn[0]", "Unknown step key 'b'"));
    }

    @Test
    void countsADependencyListedTwiceOnce() {
        PlanSchedule plan = scheduler.schedule(
                List.of(StepSpec.open("a", "A", SELLER, 1), StepSpec.open("b", "B", SELLER, 1, "a", "a")),
                TODAY.plusDays(30),
                TODAY,
                BusinessCalendar.mondayToFriday(),
                2);

        assertThat(plan.step("b").earliestStart()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void statesTheProblemsInTheExceptionMessage() {
        assertThatThrownBy(() -> scheduler.schedule(
                        List.of(StepSpec.open("a", "A", SELLER, 0)),
                        TODAY,
                        TODAY,
                        BusinessCalendar.mondayToFriday(),
                        2))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessage("steps[0].durationDays: Duration must be 1 to 250 working days, was 0");
    }
}
