package io.closewright.focus;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.shared.calendar.BusinessCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the occurrences of the scanned triggers in one query per rule (open deals only): asks past their
 * due date, open blockers older than the rule's working days, and deals without activity (or a scheduled
 * one ahead) for the rule's days. Asks and blockers already fired for are skipped in the statement; a
 * quiet deal's occurrence is its quiet spell, claimed once by {@link RuleFirings}.
 */
@Component
class RuleScan {

    private static final String NOT_FIRED =
            " AND NOT EXISTS (SELECT 1 FROM automation_firing f WHERE f.rule_id = :rule AND f.occurrence = ";

    private final JdbcClient jdbc;
    private final ClosePlanManagement plans;
    private final Clock clock;

    RuleScan(JdbcClient jdbc, ClosePlanManagement plans, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.clock = clock;
    }

    List<Long> workspaces() {
        return jdbc.sql("SELECT id FROM workspace ORDER BY id")
                .query(Long.class)
                .list();
    }

    /** The deal an event is about, as an occurrence named {@code key}; empty once the deal is gone or closed. */
    Optional<Occurrence> deal(long dealId, String key, LocalDate on, String what) {
        return jdbc.sql("SELECT workspace_id, name, owner_id FROM opportunity WHERE id = ? AND status = 'OPEN'")
                .param(dealId)
                .query((rs, n) -> new Occurrence(
                        rs.getLong("workspace_id"),
                        dealId,
                        rs.getString("name"),
                        rs.getLong("owner_id"),
                        key,
                        on,
                        what))
                .optional();
    }

    List<Occurrence> occurrences(AutomationRule rule, LocalDate today) {
        return switch (rule.trigger) {
            case ASK_OVERDUE -> overdueAsks(rule, today);
            case BLOCKER_AGING -> agingBlockers(rule, today);
            case NO_ACTIVITY -> quietDeals(rule, today);
            default -> List.of();
        };
    }

    private List<Occurrence> overdueAsks(AutomationRule rule, LocalDate today) {
        return jdbc.sql("SELECT k.id, o.id AS deal, o.name, o.owner_id, k.action FROM ask k"
                        + " JOIN opportunity o ON o.id = k.opportunity_id"
                        + " WHERE k.workspace_id = :ws AND k.status = 'OPEN' AND o.status = 'OPEN' AND k.due_date < :today"
                        + NOT_FIRED + "CONCAT(CONCAT('ask:', CAST(k.id AS VARCHAR(20))), ':overdue')) ORDER BY k.id")
                .param("ws", rule.workspaceId)
                .param("today", today)
                .param("rule", rule.id)
                .query((rs, n) -> new Occurrence(
                        rule.workspaceId,
                        rs.getLong("deal"),
                        rs.getString("name"),
                        rs.getLong("owner_id"),
                        "ask:" + rs.getLong("id") + ":overdue",
                        today,
                        "An ask is overdue: " + rs.getString("action") + "."))
                .list();
    }

    private List<Occurrence> agingBlockers(AutomationRule rule, LocalDate today) {
        BusinessCalendar calendar = plans.businessCalendar(rule.workspaceId);
        LocalDate raisedBefore = calendar.plusWorkingDays(calendar.onOrAfter(today), -rule.days);
        return jdbc.sql("SELECT b.id, o.id AS deal, o.name, o.owner_id, b.description FROM blocker b"
                        + " JOIN opportunity o ON o.id = b.opportunity_id"
                        + " WHERE b.workspace_id = :ws AND b.resolved_on IS NULL AND o.status = 'OPEN'"
                        + " AND b.raised_on < :before"
                        + NOT_FIRED + "CONCAT(CONCAT('blocker:', CAST(b.id AS VARCHAR(20))), ':aged')) ORDER BY b.id")
                .param("ws", rule.workspaceId)
                .param("before", raisedBefore)
                .param("rule", rule.id)
                .query((rs, n) -> new Occurrence(
                        rule.workspaceId,
                        rs.getLong("deal"),
                        rs.getString("name"),
                        rs.getLong("owner_id"),
                        "blocker:" + rs.getLong("id") + ":aged",
                        today,
                        "A blocker has stood for more than " + rule.days + " working days: "
                                + rs.getString("description")))
                .list();
    }

    private List<Occurrence> quietDeals(AutomationRule rule, LocalDate today) {
        Timestamp since = Timestamp.from(clock.instant().minus(Duration.ofDays(rule.days)));
        return jdbc.sql("SELECT o.id, o.name, o.owner_id, COALESCE(o.last_activity_at, o.created_at) AS touched"
                        + " FROM opportunity o WHERE o.workspace_id = :ws AND o.status = 'OPEN'"
                        + " AND COALESCE(o.last_activity_at, o.created_at) < :since"
                        + " AND (o.next_activity_at IS NULL OR o.next_activity_at < :now) ORDER BY o.id")
                .param("ws", rule.workspaceId)
                .param("since", since)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Occurrence(
                        rule.workspaceId,
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("owner_id"),
                        "deal:" + rs.getLong("id") + ":quiet-since:"
                                + rs.getTimestamp("touched")
                                        .toInstant()
                                        .atOffset(ZoneOffset.UTC)
                                        .toLocalDate(),
                        today,
                        "No activity for " + rule.days + " days."))
                .list();
    }
}
