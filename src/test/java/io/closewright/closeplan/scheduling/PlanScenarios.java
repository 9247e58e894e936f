package io.closewright.closeplan.scheduling;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.closewright.shared.calendar.BusinessCalendar;
import io.closewright.shared.calendar.RandomCalendars;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random plans for property tests: 1 to 30 steps (one plan in three has at most 6, so that plans with
 * nothing done yet are common); a DAG made by linking lower to higher indexes only, listed in a
 * shuffled order; durations mostly short; a calendar with any non-empty workdays and random
 * holidays; steps done only after all their predecessors and never after today; targets anywhere
 * from 60 days before today to 400 days after, or near the plan's projected close.
 */
final class PlanScenarios {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    private PlanScenarios() {}

    /** Plans with a random target, or, one time in three, a target a few working days from the projection. */
    static Gen<PlanScenario> plans() {
        Gen<Integer> sizes = Generate.frequency(
                Pair.of(2, integers().between(1, 30)), Pair.of(1, integers().between(1, 6)));
        Gen<PlanScenario> anyTarget = sizes.flatMap(PlanScenarios::plansOfSize);
        Gen<PlanScenario> nearTarget = anyTarget.zip(integers().between(-3, 5), PlanScenario::withTargetNearProjection);
        return Generate.frequency(Pair.of(2, anyTarget), Pair.of(1, nearTarget));
    }

    private static Gen<PlanScenario> plansOfSize(int size) {
        Gen<List<Integer>> durations = lists().of(Generate.frequency(
                        Pair.of(9, integers().between(1, 10)),
                        Pair.of(1, integers().between(1, 250))))
                .ofSize(size);
        Gen<List<int[]>> edges = lists().of(
                        Generate.intArrays(Generate.constant(2), integers().between(0, size - 1)))
                .ofSizeBetween(0, size * 2);
        Gen<List<Integer>> doneGaps = lists().of(
                        integers().between(0, 99).map(percentile -> percentile < 55 ? -1 : percentile % 7))
                .ofSize(size);
        Gen<LocalDate> today = integers().between(0, 365).map(BASE::plusDays);
        Gen<Integer> targetOffset = integers().between(-60, 400);
        return random -> {
            LocalDate now = today.generate(random);
            return build(
                    durations.generate(random),
                    edges.generate(random),
                    shuffled(size).generate(random),
                    doneGaps.generate(random),
                    calendars().generate(random),
                    now,
                    now.plusDays(targetOffset.generate(random)));
        };
    }

    /** The indexes {@code 0..size-1} in a random order: sorted by a random key each. */
    private static Gen<List<Integer>> shuffled(int size) {
        return lists().of(integers().all())
                .ofSize(size)
                .map(keys -> IntStream.range(0, size)
                        .boxed()
                        .sorted(Comparator.comparing(keys::get))
                        .toList());
    }

    static Gen<BusinessCalendar> calendars() {
        Gen<Set<DayOfWeek>> workdays = Generate.frequency(
                Pair.of(
                        3,
                        Generate.constant(
                                () -> BusinessCalendar.mondayToFriday().workdays())),
                Pair.of(2, RandomCalendars.workdays()));
        Gen<Set<LocalDate>> holidays =
                RandomCalendars.holidays(integers().between(-100, 800).map(BASE::plusDays), 40);
        return workdays.zip(holidays, BusinessCalendar::of);
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
