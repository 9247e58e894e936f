package io.closewright.checkup;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Something that stops a deal from moving: what it is, the step it holds up (optional), the side that
 * must clear it, when it was raised and, once resolved, how and when. A blocker is resolved once.
 */
@Table("blocker")
class Blocker {

    @Id
    Long id;

    long workspaceId;
    long opportunityId;
    String stepKey;
    String description;
    StepOwner ownerSide;
    LocalDate raisedOn;
    long raisedBy;
    LocalDate resolvedOn;
    String resolution;
    Long resolvedBy;

    @Version
    Long version;

    /** Raises a blocker (on the day given, or today); refuses a future day, a blank or too long description and a missing side. */
    static Blocker raise(long workspaceId, long opportunityId, NewBlocker input, long by, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.description() == null) {
            problems.add(new FieldProblem("description", "say what is blocking the deal"));
        }
        Texts.checkLength(input.description(), "description", 1000, problems);
        if (input.raisedOn() != null && input.raisedOn().isAfter(today)) {
            problems.add(new FieldProblem("raisedOn", "must be today or earlier"));
        }
        if (input.ownerSide() == null) {
            problems.add(new FieldProblem("ownerSide", "say which side must clear it: SELLER, BUYER or JOINT"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        Blocker blocker = new Blocker();
        blocker.workspaceId = workspaceId;
        blocker.opportunityId = opportunityId;
        blocker.stepKey = input.stepKey();
        blocker.description = input.description();
        blocker.ownerSide = input.ownerSide();
        blocker.raisedOn = input.raisedOn() == null ? today : input.raisedOn();
        blocker.raisedBy = by;
        return blocker;
    }

    /** Resolves an open blocker today with how it was cleared. */
    void resolve(String how, long by, LocalDate today) {
        if (resolvedOn != null) {
            throw new StateConflictException("This blocker was already resolved on " + resolvedOn);
        }
        String text = Texts.trimmed(how);
        List<FieldProblem> problems = new ArrayList<>();
        if (text == null) {
            problems.add(new FieldProblem("resolution", "say how the blocker was cleared"));
        }
        Texts.checkLength(text, "resolution", 1000, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        resolution = text;
        resolvedOn = today;
        resolvedBy = by;
    }

    boolean open() {
        return resolvedOn == null;
    }
}
