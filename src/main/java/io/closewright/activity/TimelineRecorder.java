package io.closewright.activity;

import io.closewright.ask.BuyerCompletedStep;
import io.closewright.closeplan.PlanSlipped;
import io.closewright.closeplan.StepCompleted;
import io.closewright.closeplan.StepReopened;
import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.identity.IdentityManagement;
import io.closewright.opportunity.OpportunityManagement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the system events no other table keeps into {@code timeline_event}, inside the transaction of
 * the change that published them, so the timeline never misses or doubles one. A later feature adds a
 * listener here for its own events (checkups, asks, buyer visits, alerts, nurture moves).
 */
@Component
class TimelineRecorder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final JdbcClient jdbc;
    private final OpportunityManagement opportunities;
    private final IdentityManagement identity;
    private final Clock clock;

    TimelineRecorder(JdbcClient jdbc, OpportunityManagement opportunities, IdentityManagement identity, Clock clock) {
        this.jdbc = jdbc;
        this.opportunities = opportunities;
        this.identity = identity;
        this.clock = clock;
    }

    @EventListener
    void on(StepCompleted event) {
        Instant at = event.doneOn().equals(opportunities.today(event.workspaceId()))
                ? clock.instant()
                : event.doneOn().atStartOfDay(zone(event.workspaceId())).toInstant();
        record(
                event.workspaceId(),
                event.opportunityId(),
                TimelineKind.STEP_DONE,
                at,
                event.completedBy(),
                event.title(),
                event.owner().name());
    }

    @EventListener
    void on(StepReopened event) {
        record(
                event.workspaceId(),
                event.opportunityId(),
                TimelineKind.STEP_REOPENED,
                clock.instant(),
                event.reopenedBy(),
                event.title(),
                null);
    }

    /** A step the buyer marked done on the shared plan (no {@code StepCompleted}: no user did it). */
    @EventListener
    void on(BuyerCompletedStep event) {
        String title = jdbc.sql("SELECT title FROM plan_step WHERE close_plan_id = ? AND step_key = ?")
                .params(event.opportunityId(), event.stepKey())
                .query(String.class)
                .optional()
                .orElse(event.stepKey());
        record(
                event.workspaceId(),
                event.opportunityId(),
                TimelineKind.BUYER_STEP_DONE,
                clock.instant(),
                null,
                title,
                "on the shared close plan");
    }

    @EventListener
    void on(PlanSlipped event) {
        String sides = event.owningSides().stream()
                .map(StepOwner::name)
                .map(s -> s.toLowerCase(Locale.ROOT))
                .sorted()
                .collect(Collectors.joining(" and "));
        String detail = "Projected close " + day(event.projectedCloseDate()) + " is after the target "
                + day(event.targetCloseDate()) + "; critical: " + String.join(", ", event.criticalSteps())
                + (sides.isEmpty() ? "" : " (" + sides + " side)");
        record(
                event.workspaceId(),
                event.opportunityId(),
                TimelineKind.PLAN_SLIPPED,
                clock.instant(),
                null,
                "Plan went off track",
                detail);
    }

    private void record(
            long workspaceId, long dealId, TimelineKind kind, Instant at, Long actorId, String subject, String detail) {
        jdbc.sql(
                        "INSERT INTO timeline_event (workspace_id, opportunity_id, kind, occurred_at, actor_id, subject, detail)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        workspaceId,
                        dealId,
                        kind.name(),
                        Timestamp.from(at),
                        actorId,
                        cut(subject, 300),
                        cut(detail, 1000))
                .update();
    }

    private ZoneId zone(long workspaceId) {
        return ZoneId.of(identity.workspace(workspaceId).timeZone());
    }

    private static String day(LocalDate date) {
        return date == null ? "unknown" : DAY.format(date);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
