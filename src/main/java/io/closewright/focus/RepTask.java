package io.closewright.focus;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A rep's to-do: a title, a due date, optionally a deal; done once, snoozed to a later day while open.
 * Created by hand or by an automation rule ({@code ruleId}).
 */
@Table("rep_task")
class RepTask {

    static final int MAX_TITLE = 200;

    @Id
    Long id;

    long workspaceId;
    long ownerId;
    Long opportunityId;
    String title;
    LocalDate dueDate;
    TaskStatus status;
    LocalDate snoozedUntil;
    LocalDate doneOn;
    Long ruleId;
    Long createdBy;
    Instant createdAt;

    @Version
    Long version;

    /** A new open task; refuses a blank or too long title and a missing due date. */
    static RepTask open(long workspaceId, long ownerId, Long opportunityId, String title, LocalDate due, Instant at) {
        check(title, due);
        RepTask task = new RepTask();
        task.workspaceId = workspaceId;
        task.ownerId = ownerId;
        task.opportunityId = opportunityId;
        task.title = title.trim();
        task.dueDate = due;
        task.status = TaskStatus.OPEN;
        task.createdAt = at;
        return task;
    }

    static void check(String title, LocalDate due) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "say what is to be done"));
        } else if (title.trim().length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "at most " + MAX_TITLE + " characters"));
        }
        if (due == null) {
            problems.add(new FieldProblem("dueDate", "give the day it is due"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    void done(LocalDate today) {
        requireOpen();
        status = TaskStatus.DONE;
        doneOn = today;
        snoozedUntil = null;
    }

    /** Keeps the open task out of the focus list until {@code until}, a day after today. */
    void snooze(LocalDate until, LocalDate today) {
        requireOpen();
        if (until == null || !until.isAfter(today)) {
            throw new RuleViolationException("until", "snooze to a day after today");
        }
        snoozedUntil = until;
        if (dueDate.isBefore(until)) {
            dueDate = until;
        }
    }

    void reopen() {
        if (status == TaskStatus.OPEN) {
            throw new StateConflictException("The task is already open");
        }
        status = TaskStatus.OPEN;
        doneOn = null;
    }

    private void requireOpen() {
        if (status != TaskStatus.OPEN) {
            throw new StateConflictException("The task is done already");
        }
    }
}
