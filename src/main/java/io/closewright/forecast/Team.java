package io.closewright.forecast;

import io.closewright.forecast.engine.RollUp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The people of a scope as a tree: who is below whom, for figures per person and their subtree. */
final class Team {

    private final Map<Long, List<Long>> children = new HashMap<>();

    Team(List<RollUp.Person> people) {
        for (RollUp.Person p : people) {
            if (p.managerId() != null) {
                children.computeIfAbsent(p.managerId(), k -> new ArrayList<>()).add(p.id());
            }
        }
    }

    /** The person and everyone below them. */
    Set<Long> subtree(long rootId) {
        Set<Long> members = new HashSet<>();
        List<Long> pending = new ArrayList<>(List.of(rootId));
        while (!pending.isEmpty()) {
            long id = pending.remove(pending.size() - 1);
            if (members.add(id)) {
                pending.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return members;
    }
}
