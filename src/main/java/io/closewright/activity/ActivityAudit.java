package io.closewright.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of activities: before each edit and each deletion, what the activity was (as JSON),
 * who changed it and when. Rows are never changed or removed.
 */
@Component
class ActivityAudit {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ActivityAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the activity is now, to record once the change is made. */
    String snapshot(Activity a) {
        return JSON.writeValueAsString(new Snapshot(
                a.type.name(),
                a.subject,
                a.body,
                a.outcome,
                a.occurredAt.toString(),
                a.durationMinutes,
                a.contactIds(),
                a.version));
    }

    void edited(Activity activity, String before, long by, Instant at) {
        record(activity, "EDITED", before, by, at);
    }

    void deleted(Activity activity, String before, long by, Instant at) {
        record(activity, "DELETED", before, by, at);
    }

    private void record(Activity a, String action, String before, long by, Instant at) {
        jdbc.sql(
                        "INSERT INTO activity_audit (workspace_id, activity_id, opportunity_id, action, changed_by, changed_at,"
                                + " before_state) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(a.workspaceId, a.id, a.opportunityId, action, by, Timestamp.from(at), before)
                .update();
    }

    private record Snapshot(
            String type,
            String subject,
            String body,
            String outcome,
            String occurredAt,
            Integer durationMinutes,
            List<Long> contactIds,
            Long version) {}
}
