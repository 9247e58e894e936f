package io.closewright.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code user_reach} true to the hierarchy: every user reaches themselves, a manager reaches
 * everyone below them at any depth, an admin reaches the whole workspace. Rebuilt for a workspace
 * whenever one of its users is added or changed, inside the same transaction.
 */
@Component
class UserReach {

    private final JdbcClient jdbc;

    UserReach(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void rebuild(long workspaceId, List<AppUser> users) {
        jdbc.sql("DELETE FROM user_reach WHERE workspace_id = ?")
                .param(workspaceId)
                .update();
        Map<Long, List<Long>> reports = new HashMap<>();
        for (AppUser user : users) {
            if (user.managerId != null) {
                reports.computeIfAbsent(user.managerId, k -> new ArrayList<>()).add(user.id);
            }
        }
        for (AppUser viewer : users) {
            List<Long> reached =
                    viewer.role == Role.ADMIN ? users.stream().map(u -> u.id).toList() : below(viewer.id, reports);
            for (Long userId : reached) {
                jdbc.sql("INSERT INTO user_reach (workspace_id, viewer_id, user_id) VALUES (?, ?, ?)")
                        .params(workspaceId, viewer.id, userId)
                        .update();
            }
        }
    }

    private static List<Long> below(long root, Map<Long, List<Long>> reports) {
        List<Long> reached = new ArrayList<>();
        List<Long> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            Long next = queue.remove(queue.size() - 1);
            if (!reached.contains(next)) {
                reached.add(next);
                queue.addAll(reports.getOrDefault(next, List.of()));
            }
        }
        return reached;
    }
}
