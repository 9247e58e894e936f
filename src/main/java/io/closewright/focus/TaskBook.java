package io.closewright.focus;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.Versions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reps' tasks: created, done, snoozed, reopened and deleted on behalf of a viewer. A task is visible to
 * whoever may see its owner; any other id answers 404 like a missing one.
 */
@Component
class TaskBook {

    private static final String SELECT = "SELECT t.*, o.name AS opportunity_name FROM rep_task t"
            + " LEFT JOIN opportunity o ON o.id = t.opportunity_id"
            + " WHERE t.workspace_id = :ws AND " + Visibility.visibleOwner("t.owner_id");

    private final RepTasks tasks;
    private final JdbcClient jdbc;
    private final IdentityManagement identity;
    private final OpportunityManagement opportunities;
    private final Clock clock;

    TaskBook(
            RepTasks tasks,
            JdbcClient jdbc,
            IdentityManagement identity,
            OpportunityManagement opportunities,
            Clock clock) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.identity = identity;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    @Transactional
    TaskView create(Viewer viewer, NewTask input) {
        RepTask.check(input.title(), input.dueDate());
        long owner = input.ownerId() == null ? viewer.userId() : input.ownerId();
        if (!identity.canSee(viewer, owner)) {
            throw new RuleViolationException("ownerId", "no such user among the people you may give tasks to");
        }
        if (input.opportunityId() != null) {
            OpportunityView deal = deal(viewer, input.opportunityId());
            if (deal.status() != OpportunityStatus.OPEN) {
                throw new StateConflictException("The deal is closed: add the task without it");
            }
        }
        RepTask task = RepTask.open(
                viewer.workspaceId(), owner, input.opportunityId(), input.title(), input.dueDate(), clock.instant());
        task.createdBy = viewer.userId();
        return view(viewer, tasks.save(task).id);
    }

    /** Creates a task for an automation rule, acting for the system: the caller checked the deal and owner. */
    @Transactional
    long createForRule(long workspaceId, long ownerId, Long dealId, String title, LocalDate due, long ruleId) {
        RepTask task = RepTask.open(workspaceId, ownerId, dealId, title, due, clock.instant());
        task.ruleId = ruleId;
        return tasks.save(task).id;
    }

    @Transactional
    TaskView done(Viewer viewer, long id, Long version) {
        return change(viewer, id, version, t -> t.done(opportunities.today(viewer)));
    }

    @Transactional
    TaskView snooze(Viewer viewer, long id, Long version, LocalDate until) {
        return change(viewer, id, version, t -> t.snooze(until, opportunities.today(viewer)));
    }

    @Transactional
    TaskView reopen(Viewer viewer, long id, Long version) {
        return change(viewer, id, version, RepTask::reopen);
    }

    @Transactional
    void delete(Viewer viewer, long id, Long version) {
        TaskView task = view(viewer, id);
        if (version != null) {
            Versions.check("Task", version, task.version());
        }
        tasks.deleteById(id);
    }

    TaskView view(Viewer viewer, long id) {
        return bind(SELECT + " AND t.id = :id", viewer)
                .param("id", id)
                .query(rows(opportunities.today(viewer)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Task", id));
    }

    /** The open tasks of {@code ownerId} the viewer may see, soonest due first. */
    List<TaskView> open(Viewer viewer, long ownerId) {
        return bind(
                        SELECT + " AND t.owner_id = :owner AND t.status = 'OPEN' ORDER BY t.due_date, t.id LIMIT 1000",
                        viewer)
                .param("owner", ownerId)
                .query(rows(opportunities.today(viewer)))
                .list();
    }

    /** A deal's tasks, open first, soonest due first (404 for a deal the viewer may not see). */
    List<TaskView> ofDeal(Viewer viewer, long dealId) {
        deal(viewer, dealId);
        return bind(
                        SELECT + " AND t.opportunity_id = :deal"
                                + " ORDER BY CASE WHEN t.status = 'OPEN' THEN 0 ELSE 1 END, t.due_date, t.id LIMIT 200",
                        viewer)
                .param("deal", dealId)
                .query(rows(opportunities.today(viewer)))
                .list();
    }

    private OpportunityView deal(Viewer viewer, long dealId) {
        return opportunities.opportunity(viewer, dealId);
    }

    private TaskView change(Viewer viewer, long id, Long version, java.util.function.Consumer<RepTask> change) {
        view(viewer, id);
        RepTask task = tasks.findById(id).orElseThrow(() -> new NotFoundException("Task", id));
        if (version != null) {
            Versions.check("Task", version, task.version);
        }
        change.accept(task);
        tasks.save(task);
        return view(viewer, id);
    }

    private JdbcClient.StatementSpec bind(String sql, Viewer viewer) {
        return jdbc.sql(sql).param("ws", viewer.workspaceId()).param("viewerId", viewer.userId());
    }

    private static org.springframework.jdbc.core.RowMapper<TaskView> rows(LocalDate today) {
        return (ResultSet rs, int n) -> row(rs, today);
    }

    private static TaskView row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
        return new TaskView(
                rs.getLong("id"),
                rs.getLong("owner_id"),
                rs.getObject("opportunity_id", Long.class),
                rs.getString("opportunity_name"),
                rs.getString("title"),
                due,
                status,
                rs.getObject("snoozed_until", LocalDate.class),
                rs.getObject("done_on", LocalDate.class),
                rs.getObject("rule_id", Long.class),
                status == TaskStatus.OPEN && due.isBefore(today),
                rs.getLong("version"));
    }
}
