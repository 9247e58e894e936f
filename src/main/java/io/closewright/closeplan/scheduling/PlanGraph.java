package io.closewright.closeplan.scheduling;

import java.util.Arrays;

/**
 * The dependency graph of a plan by step index, as compact adjacency arrays, with a topological
 * order found by Kahn's algorithm in time linear in steps plus dependencies.
 *
 * <p>The predecessors of step {@code v} are {@code predecessors[predecessorStart[v]]} up to, not
 * including, {@code predecessors[predecessorStart[v + 1]]}; successors likewise.
 */
final class PlanGraph {

    final int size;
    final int[] predecessorStart;
    final int[] predecessors;
    final int[] successorStart;
    final int[] successors;
    /** Steps in topological order; shorter than {@code size} when the graph has a cycle. */
    final int[] topologicalOrder;
    /** Position of each step in {@link #topologicalOrder}, -1 for steps on or after a cycle. */
    final int[] topologicalIndex;

    PlanGraph(int size, int[] predecessorStart, int[] predecessors) {
        this.size = size;
        this.predecessorStart = predecessorStart;
        this.predecessors = predecessors;
        this.successorStart = new int[size + 1];
        this.successors = new int[predecessors.length];
        invertEdges();
        this.topologicalIndex = new int[size];
        this.topologicalOrder = sortTopologically();
    }

    boolean acyclic() {
        return topologicalOrder.length == size;
    }

    boolean isSink(int step) {
        return successorStart[step] == successorStart[step + 1];
    }

    private void invertEdges() {
        for (int predecessor : predecessors) {
            successorStart[predecessor + 1]++;
        }
        for (int step = 0; step < size; step++) {
            successorStart[step + 1] += successorStart[step];
        }
        int[] next = Arrays.copyOf(successorStart, size);
        for (int step = 0; step < size; step++) {
            for (int edge = predecessorStart[step]; edge < predecessorStart[step + 1]; edge++) {
                successors[next[predecessors[edge]]++] = step;
            }
        }
    }

    private int[] sortTopologically() {
        int[] waitingFor = new int[size];
        int[] order = new int[size];
        int tail = 0;
        for (int step = 0; step < size; step++) {
            waitingFor[step] = predecessorStart[step + 1] - predecessorStart[step];
            if (waitingFor[step] == 0) {
                order[tail++] = step;
            }
        }
        for (int head = 0; head < tail; head++) {
            int step = order[head];
            for (int edge = successorStart[step]; edge < successorStart[step + 1]; edge++) {
                if (--waitingFor[successors[edge]] == 0) {
                    order[tail++] = successors[edge];
                }
            }
        }
        return recordPositions(tail == size ? order : Arrays.copyOf(order, tail));
    }

    private int[] recordPositions(int[] order) {
        Arrays.fill(topologicalIndex, -1);
        for (int position = 0; position < order.length; position++) {
            topologicalIndex[order[position]] = position;
        }
        return order;
    }

    /**
     * A cycle of a graph that is not {@link #acyclic()}, in dependency order (each step is a
     * predecessor of the next, the last a predecessor of the first), starting at its lowest index.
     */
    int[] cycle() {
        int[] visitedAt = new int[size];
        Arrays.fill(visitedAt, -1);
        int[] path = new int[size];
        int length = 0;
        int step = firstUnsorted();
        while (visitedAt[step] < 0) {
            visitedAt[step] = length;
            path[length++] = step;
            step = unsortedPredecessor(step);
        }
        int[] cycle = new int[length - visitedAt[step]];
        for (int i = 0; i < cycle.length; i++) {
            cycle[i] = path[length - 1 - i];
        }
        return rotateToLowest(cycle);
    }

    private int firstUnsorted() {
        int step = 0;
        while (topologicalIndex[step] >= 0) {
            step++;
        }
        return step;
    }

    private int unsortedPredecessor(int step) {
        int edge = predecessorStart[step];
        while (topologicalIndex[predecessors[edge]] >= 0) {
            edge++;
        }
        return predecessors[edge];
    }

    private static int[] rotateToLowest(int[] cycle) {
        int lowest = 0;
        for (int i = 1; i < cycle.length; i++) {
            if (cycle[i] < cycle[lowest]) {
                lowest = i;
            }
        }
        int[] rotated = new int[cycle.length];
        for (int i = 0; i < cycle.length; i++) {
            rotated[i] = cycle[(lowest + i) % cycle.length];
        }
        return rotated;
    }
}
