package io.closewright.activity;

import io.closewright.opportunity.OpportunityManagement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a deal's last and next activity true to its logged activities: the latest one that has happened
 * and the earliest one still to come. Recomputed after every log, edit and deletion, so that an edit
 * moving a call back or a deleted meeting shows at once.
 */
@Component
class LastActivity {

    private final JdbcClient jdbc;
    private final OpportunityManagement opportunities;
    private final Clock clock;

    LastActivity(JdbcClient jdbc, OpportunityManagement opportunities, Clock clock) {
        this.jdbc = jdbc;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    void refresh(long opportunityId) {
        Timestamp now = Timestamp.from(clock.instant());
        Instant[] lastAndNext = jdbc.sql("SELECT MAX(CASE WHEN occurred_at <= :now THEN occurred_at END) AS last_at,"
                        + " MIN(CASE WHEN occurred_at > :now THEN occurred_at END) AS next_at"
                        + " FROM activity WHERE opportunity_id = :deal")
                .param("now", now)
                .param("deal", opportunityId)
                .query((rs, n) ->
                        new Instant[] {instant(rs.getTimestamp("last_at")), instant(rs.getTimestamp("next_at"))})
                .single();
        opportunities.recordActivity(opportunityId, lastAndNext[0], lastAndNext[1]);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
