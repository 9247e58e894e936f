package io.closewright.focus;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of which occurrences each rule fired for. Claiming inserts the row; its primary key
 * (rule, occurrence) makes a second claim, on this instance or another, insert nothing or fail, so the
 * action that commits with the claim happens once.
 */
@Component
class RuleFirings {

    private final JdbcClient jdbc;
    private final Clock clock;

    RuleFirings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this call claimed the occurrence; false when it was claimed before. */
    boolean claim(AutomationRule rule, Occurrence occurrence) {
        return jdbc.sql("INSERT INTO automation_firing (rule_id, occurrence, workspace_id, opportunity_id, fired_at)"
                                + " SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS"
                                + " (SELECT 1 FROM automation_firing WHERE rule_id = ? AND occurrence = ?)")
                        .params(
                                rule.id,
                                occurrence.key(),
                                rule.workspaceId,
                                occurrence.dealId(),
                                Timestamp.from(clock.instant()),
                                rule.id,
                                occurrence.key())
                        .update()
                > 0;
    }

    long count(long ruleId) {
        return jdbc.sql("SELECT COUNT(*) FROM automation_firing WHERE rule_id = ?")
                .param(ruleId)
                .query(Long.class)
                .single();
    }
}
