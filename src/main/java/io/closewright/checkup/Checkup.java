package io.closewright.checkup;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A checkup that was held: when, for which step (or the whole deal), the problem it named, the
 * solution it brought, notes, and its quality against the deadline it served, judged when recorded.
 */
@Table("checkup")
class Checkup {

    @Id
    Long id;

    long workspaceId;
    long opportunityId;
    String stepKey;
    LocalDate heldOn;
    LocalDate deadline;
    String problem;
    String solution;
    String notes;
    boolean beforeDeadline;
    boolean problemIdentified;
    boolean solutionReady;
    int score;
    boolean justCheckingIn;
    long recordedBy;
    Instant recordedAt;

    static Checkup held(long workspaceId, long opportunityId, NewCheckup input, LocalDate deadline) {
        Checkup checkup = new Checkup();
        checkup.workspaceId = workspaceId;
        checkup.opportunityId = opportunityId;
        checkup.stepKey = input.stepKey();
        checkup.heldOn = input.heldOn();
        checkup.deadline = deadline;
        checkup.problem = input.problem();
        checkup.solution = input.solution();
        checkup.notes = input.notes();
        CheckupQuality quality = CheckupQuality.judge(input.heldOn(), deadline, input.problem(), input.solution());
        checkup.beforeDeadline = quality.beforeDeadline();
        checkup.problemIdentified = quality.problemIdentified();
        checkup.solutionReady = quality.solutionReady();
        checkup.score = quality.score();
        checkup.justCheckingIn = quality.justCheckingIn();
        return checkup;
    }

    CheckupQuality quality() {
        return new CheckupQuality(beforeDeadline, problemIdentified, solutionReady, score, justCheckingIn);
    }
}
