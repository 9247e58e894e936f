package io.closewright.closeplan.scheduling;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random plans for property tests: a DAG made by linking lower to higher indexes only, listed in a
 * shuffled order; durations mostly short; a calendar with any non-empty workdays and random
 * holidays; steps done only after all their predecessors and never after today; targets anywhere
 * from 60 days before today to 400 days after, or near the plan's projected close.
 */
final class PlanScenarios {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    private PlanScenarios() {}

    /** Plans with a random target, or, one time in three, a target a few working days from the projection. */
    static Arbitrary<PlanScenario> plans() {
        Arbitrary<PlanScenario> anyTarget =
                Arbitraries.integers().between(1, 30).flatMap(PlanScenarios::plansOfSize);
        Arbitrary<PlanScenario> nearTarget = anyTarget.flatMap(plan ->
                Arbitraries.integers().between(-3, 5).map(workingDays -> plan.withTargetNearProjection(workingDays)));
        return Arbitraries.frequencyOf(Tuple.of(2, anyTarget), Tuple.of(1, nearTarget));
    }

    private static Arbitrary<PlanScenario> plansOfSize(int size) {
        Arbitrary<List<Integer>> durations = Arbitraries.frequencyOf(
                        Tuple.of(9, Arbitraries.integers().between(1, 10)),
                        Tuple.of(1, Arbitraries.integers().between(1, 250)))
                .list()
                .ofSize(size);
        Arbitrary<List<int[]>> edges = Arbitraries.integers()
                .between(0, size - 1)
                .array(int[].class)
                .ofSize(2)
                .list()
                .ofMaxSize(size * 2);
        Arbitrary<List<Integer>> order =
                Arbitraries.shuffle(IntStream.range(0, size).boxed().toList());
        Arbitrary<List<Integer>> doneGaps = Arbitraries.integers()
                .between(0, 99)
                .map(percentile -> percentile < 55 ? -1 : percentile % 7)
                .list()
                .ofSize(size);
        Arbitrary<LocalDate> today = Arbitraries.integers().between(0, 365).map(BASE::plusDays);
        Arbitrary<Integer> targetOffset = Arbitraries.integers().between(-60, 400);
        return Combinators.combine(durations, edges, order, doneGaps, calendars(), today, targetOffset)
                .as((d, e, o, g, calendar, now, offset) -> build(d, e, o, g, calendar, now, now.plusDays(offset)));
    }

    static Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<Set<DayOfWeek>> workdays = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(BusinessCalendar.mondayToFriday().workdays())),
                Tuple.of(2, Arbitraries.of(DayOfWeek.class).set().ofMinSize(1)));
        Arbitrary<Set<LocalDate>> holidays = Arbitraries.integers()
                .between(-100, 800)
                .map(BASE::plusDays)
                .set()
                .ofMaxSize(40);
        return Combinators.combine(workdays, holidays).as(BusinessCalendar::of);
    }

    /**
     * Step {@code i} gets the key {@code s<i>}; a gap of -1 leaves a step open, and a step whose
     * predecessor is open stays open; a done step is done {@code gap} days after its latest done
     * predecessor (or 30 days before today), capped at today.
     */
    private static PlanScenario build(
            List<Integer> durations,
            List<int[]> edges,
            List<Integer> order,
            List<Integer> doneGaps,
            BusinessCalendar calendar,
            LocalDate today,
            LocalDate target) {
        int size = durations.size();
        List<List<String>> dependsOn = new ArrayList<>();
        IntStream.range(0, size).forEach(i -> dependsOn.add(new ArrayList<>()));
        for (int[] edge : edges) {
            int from = Math.min(edge[0], edge[1]);
            int to = Math.max(edge[0], edge[1]);
            if (from != to && !dependsOn.get(to).contains("s" + from)) {
                dependsOn.get(to).add("s" + from);
            }
        }
        LocalDate[] doneOn = new LocalDate[size];
        for (int i = 0; i < size; i++) {
            doneOn[i] = doneDate(i, doneGaps.get(i), dependsOn.get(i), doneOn, today);
        }
        List<StepSpec> steps = new ArrayList<>();
        for (int i : order) {
            StepOwner owner = StepOwner.values()[i % 3];
            steps.add(new StepSpec("s" + i, "Step " + i, owner, durations.get(i), dependsOn.get(i), doneOn[i]));
        }
        return new PlanScenario(steps, calendar, target, today);
    }

    private static LocalDate doneDate(int step, int gap, List<String> dependsOn, LocalDate[] doneOn, LocalDate today) {
        if (gap < 0) {
            return null;
        }
        LocalDate after = today.minusDays(30);
        for (String predecessor : dependsOn) {
            LocalDate predecessorDone = doneOn[Integer.parseInt(predecessor.substring(1))];
            if (predecessorDone == null) {
                return null;
            }
            after = predecessorDone.isAfter(after) ? predecessorDone : after;
        }
        LocalDate done = after.plusDays(gap);
        return done.isAfter(today) ? today : done;
    }
}
