package io.closewright.notify;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who a notice is for and the deal it is about, read without a viewer: background work has none. */
@Component
class Recipients {

    /** An active user of the workspace a notice may be addressed to. */
    record Recipient(long id, String email, String name) {}

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user, if they belong to the workspace and are active; notices to anyone else are dropped. */
    Optional<Recipient> active(long workspaceId, long userId) {
        return jdbc.sql("SELECT id, email, name FROM app_user WHERE id = ? AND workspace_id = ? AND active = TRUE")
                .params(userId, workspaceId)
                .query((rs, n) -> new Recipient(rs.getLong("id"), rs.getString("email"), rs.getString("name")))
                .optional();
    }

    /** The title of a deal's plan step, or its key when the plan no longer has it. */
    String stepTitle(long opportunityId, String stepKey) {
        return jdbc.sql("SELECT title FROM plan_step WHERE close_plan_id = ? AND step_key = ?")
                .params(opportunityId, stepKey)
                .query(String.class)
                .optional()
                .orElse(stepKey);
    }

    /** The deal's name, for notices built from another module's events. */
    String dealName(long opportunityId) {
        return jdbc.sql("SELECT name FROM opportunity WHERE id = ?")
                .param(opportunityId)
                .query(String.class)
                .optional()
                .orElse("a deal");
    }
}
