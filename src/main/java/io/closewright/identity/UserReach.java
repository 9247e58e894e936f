package io.closewright.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code user_reach} true to the hierarchy: every user reaches themselves, a manager reaches
 * everyone below them at any depth, an admin reaches the whole workspace. Rebuilt for a workspace
 * whenever one of its users is added or changed (once for a batch of users), inside the same transaction,
 * in JDBC batches.
 */
@Component
class UserReach {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    UserReach(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
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
        List<long[]> pairs = new ArrayList<>();
        for (AppUser viewer : users) {
            List<Long> reached =
                    viewer.role == Role.ADMIN ? users.stream().map(u -> u.id).toList() : below(viewer.id, reports);
            for (Long userId : reached) {
                pairs.add(new long[] {viewer.id, userId});
            }
        }
        template.batchUpdate(
                "INSERT INTO user_reach (workspace_id, viewer_id, user_id) VALUES (?, ?, ?)",
                pairs,
                1000,
                (ps, pair) -> {
                    ps.setLong(1, workspaceId);
                    ps.setLong(2, pair[0]);
                    ps.setLong(3, pair[1]);
                });
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
