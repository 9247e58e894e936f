package io.closewright.risk;

import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.NoticeRaised;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Escalations of deals to a manager with a note: the owner's manager, or the escalating user's own
 * manager when that is the owner's manager escalating. Each raises a {@link NoticeRaised} of kind
 * {@code escalation} for the manager.
 */
@Component
class Escalations {

    static final String KIND = "escalation";
    static final int MAX_NOTE = 2000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Escalations(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    EscalationView escalate(Viewer viewer, OpportunityView deal, RiskLevel level, String note) {
        String text = note == null ? "" : note.trim();
        if (text.isEmpty()) {
            throw new RuleViolationException("note", "say what you need from your manager");
        }
        if (text.length() > MAX_NOTE) {
            throw new RuleViolationException("note", "must be at most " + MAX_NOTE + " characters");
        }
        long manager = manager(viewer, deal);
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO risk_escalation (workspace_id, opportunity_id, escalated_by, manager_id, note,"
                        + " risk_level, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        viewer.workspaceId(),
                        deal.id(),
                        viewer.userId(),
                        manager,
                        text,
                        level.name(),
                        Timestamp.from(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        EscalationView view = one(id);
        events.publishEvent(new NoticeRaised(
                viewer.workspaceId(),
                manager,
                KIND,
                "Escalation: " + deal.name(),
                view.escalatedByName() + " escalated " + deal.name() + " ("
                        + SlipAlerts.money(deal.amount(), deal.currency()) + ", "
                        + level.label().toLowerCase()
                        + "): " + text,
                "/opportunities/" + deal.id(),
                deal.id(),
                KIND + ":" + id));
        return view;
    }

    List<EscalationView> of(long opportunityId) {
        return jdbc.sql(SELECT + " WHERE e.opportunity_id = ? ORDER BY e.created_at DESC, e.id DESC")
                .param(opportunityId)
                .query(EscalationView.class)
                .list();
    }

    private EscalationView one(long id) {
        return jdbc.sql(SELECT + " WHERE e.id = ?")
                .param(id)
                .query(EscalationView.class)
                .single();
    }

    private static final String SELECT = "SELECT e.id, e.opportunity_id, e.escalated_by AS escalated_by_id,"
            + " b.name AS escalated_by_name, e.manager_id, m.name AS manager_name, e.note, e.risk_level, e.created_at"
            + " FROM risk_escalation e JOIN app_user b ON b.id = e.escalated_by JOIN app_user m ON m.id = e.manager_id";

    private long manager(Viewer viewer, OpportunityView deal) {
        Long ownersManager = managerOf(deal.ownerId());
        if (ownersManager != null && ownersManager != viewer.userId()) {
            return ownersManager;
        }
        Long mine = managerOf(viewer.userId());
        if (mine != null && mine != viewer.userId()) {
            return mine;
        }
        throw new StateConflictException(
                "There is no manager to escalate to: ask an admin to set one under Admin → Users");
    }

    private Long managerOf(long userId) {
        return jdbc.sql("SELECT manager_id FROM app_user WHERE id = ?")
                .param(userId)
                .query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1))
                .optional()
                .orElse(null);
    }
}
