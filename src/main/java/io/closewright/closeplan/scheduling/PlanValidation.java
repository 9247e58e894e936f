package io.closewright.closeplan.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Checks a plan's steps and links them into a {@link PlanGraph}, refusing the plan with every
 * problem found: no steps, too many steps, blank or duplicate keys, blank titles, missing owners,
 * durations outside 1 to 250, unknown or self dependencies, and a cycle.
 */
final class PlanValidation {

    static final int MIN_DURATION_DAYS = 1;
    static final int MAX_DURATION_DAYS = 250;

    private final List<StepSpec> steps;
    private final List<PlanProblem> problems = new ArrayList<>();
    private final Map<String, Integer> indexByKey;
    private boolean linkable = true;

    private PlanValidation(List<StepSpec> steps) {
        this.steps = steps;
        this.indexByKey = new HashMap<>(steps.size() * 2);
    }

    /**
     * The graph of {@code steps}, dependencies listed twice counted once.
     *
     * @throws InvalidPlanException when the plan has a problem
     */
    static PlanGraph validate(List<StepSpec> steps, int maxSteps) {
        refuseBadSize(steps, maxSteps);
        PlanValidation validation = new PlanValidation(steps);
        for (int step = 0; step < steps.size(); step++) {
            validation.checkFields(step);
        }
        PlanGraph graph = validation.link();
        if (validation.linkable && !graph.acyclic()) {
            validation.reportCycle(graph.cycle());
        }
        if (!validation.problems.isEmpty()) {
            throw new InvalidPlanException(validation.problems);
        }
        return graph;
    }

    private static void refuseBadSize(List<StepSpec> steps, int maxSteps) {
        if (steps == null || steps.isEmpty()) {
            throw refusal("steps", "A plan needs at least one step");
        }
        if (steps.size() > maxSteps) {
            throw refusal("steps", "A plan has at most " + maxSteps + " steps; this one has " + steps.size());
        }
        for (int step = 0; step < steps.size(); step++) {
            if (steps.get(step) == null) {
                throw refusal("steps[" + step + "]", "Step is missing");
            }
        }
    }

    private static InvalidPlanException refusal(String field, String message) {
        return new InvalidPlanException(List.of(new PlanProblem(field, message)));
    }

    private void checkFields(int step) {
        StepSpec spec = steps.get(step);
        indexKey(step, spec.key());
        if (isBlank(spec.title())) {
            problem(step, "title", "Title is required");
        }
        if (spec.owner() == null) {
            problem(step, "owner", "Owner is required: SELLER, BUYER or JOINT");
        }
        if (spec.durationDays() < MIN_DURATION_DAYS || spec.durationDays() > MAX_DURATION_DAYS) {
            problem(
                    step,
                    "durationDays",
                    "Duration must be " + MIN_DURATION_DAYS + " to " + MAX_DURATION_DAYS + " working days, was "
                            + spec.durationDays());
        }
    }

    private void indexKey(int step, String key) {
        if (isBlank(key)) {
            problem(step, "key", "Key is required");
            linkable = false;
            return;
        }
        Integer earlier = indexByKey.putIfAbsent(key, step);
        if (earlier != null) {
            problem(step, "key", "Key '" + key + "' is already used by steps[" + earlier + "]");
            linkable = false;
        }
    }

    private PlanGraph link() {
        int size = steps.size();
        int[] start = new int[size + 1];
        int[] lastLinkedBy = new int[size];
        Arrays.fill(lastLinkedBy, -1);
        int[] predecessors = new int[countDependencies()];
        int edges = 0;
        for (int step = 0; step < size; step++) {
            start[step] = edges;
            edges = linkPredecessors(step, predecessors, edges, lastLinkedBy);
        }
        start[size] = edges;
        return new PlanGraph(size, start, Arrays.copyOf(predecessors, edges));
    }

    /** Appends the predecessors of {@code step} from {@code edges} on; returns the new edge count. */
    private int linkPredecessors(int step, int[] predecessors, int edges, int[] lastLinkedBy) {
        List<String> dependsOn = steps.get(step).dependsOn();
        for (int position = 0; position < dependsOn.size(); position++) {
            int predecessor = predecessorIndex(step, position, dependsOn.get(position));
            if (predecessor >= 0 && lastLinkedBy[predecessor] != step) {
                lastLinkedBy[predecessor] = step;
                predecessors[edges++] = predecessor;
            }
        }
        return edges;
    }

    private int countDependencies() {
        int count = 0;
        for (StepSpec spec : steps) {
            count += spec.dependsOn().size();
        }
        return count;
    }

    private int predecessorIndex(int step, int position, String key) {
        Integer predecessor = key == null ? null : indexByKey.get(key);
        if (predecessor == null) {
            problem(
                    step,
                    "dependsOn[" + position + "]",
                    isBlank(key) ? "Dependency key is required" : "Unknown step key '" + key + "'");
            linkable = false;
            return -1;
        }
        if (predecessor == step) {
            problem(step, "dependsOn[" + position + "]", "Step '" + key + "' cannot depend on itself");
            linkable = false;
            return -1;
        }
        return predecessor;
    }

    private void reportCycle(int[] cycle) {
        StringJoiner path = new StringJoiner(" -> ", "Steps form a cycle: ", "");
        for (int step : cycle) {
            path.add(steps.get(step).key());
        }
        path.add(steps.get(cycle[0]).key());
        problem(cycle[0], "dependsOn", path.toString());
    }

    private void problem(int step, String field, String message) {
        problems.add(new PlanProblem("steps[" + step + "]." + field, message));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
