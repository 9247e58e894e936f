package io.closewright.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.ForbiddenException;
import io.closewright.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityRulesTests {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final Duration AHEAD = Duration.ofDays(365);

    @Test
    void takesTheSubjectFromTheBodysFirstLineWhenNoneIsGiven() {
        ActivityDraft checked = ActivityRules.check(
                new ActivityDraft(
                        ActivityType.NOTE, " ", "\n  Budget approved by the CFO\nMore", null, NOW, null, null),
                NOW,
                AHEAD);
        assertThat(checked.subject()).isEqualTo("Budget approved by the CFO");
        assertThat(checked.contactIds()).isEmpty();
    }

    @Test
    void aNoteOrEmailIsAboutThePastWhileMeetingsMayBeScheduled() {
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        assertThat(fields(new ActivityDraft(ActivityType.EMAIL, "Sent", null, null, tomorrow, null, null)))
                .containsExactly("occurredAt");
        assertThat(ActivityRules.check(
                                new ActivityDraft(ActivityType.MEETING, "Demo", null, null, tomorrow, 60, null),
                                NOW,
                                AHEAD)
                        .occurredAt())
                .isEqualTo(tomorrow);
        assertThat(fields(new ActivityDraft(
                        ActivityType.MEETING, "Too far", null, null, NOW.plus(Duration.ofDays(400)), 60, null)))
                .containsExactly("occurredAt");
    }

    @Test
    void onlyCallsAndMeetingsLastAWhileAndNeverMoreThanADay() {
        assertThat(fields(new ActivityDraft(ActivityType.NOTE, "Note", null, null, NOW, 30, null)))
                .containsExactly("durationMinutes");
        assertThat(fields(new ActivityDraft(ActivityType.CALL, "Call", null, null, NOW, 0, null)))
                .containsExactly("durationMinutes");
        assertThat(fields(new ActivityDraft(ActivityType.CALL, "Call", null, null, NOW, 1441, null)))
                .containsExactly("durationMinutes");
    }

    @Test
    void namesEveryFieldAtFaultAtOnce() {
        assertThat(fields(new ActivityDraft(null, null, "x".repeat(10_001), "y".repeat(501), null, null, null)))
                .containsExactly("type", "body", "outcome", "occurredAt");
    }

    @Test
    void anEditKeepsWhatItDoesNotChangeAndOnlyTheAuthorMayMakeIt() {
        Activity call = Activity.log(
                1,
                2,
                3L,
                7,
                ActivityRules.check(
                        new ActivityDraft(ActivityType.CALL, "Call", "Notes", "Booked", NOW, 30, List.of(5L)),
                        NOW,
                        AHEAD),
                NOW);
        ActivityDraft asNote = call.merged(new ActivityDraft(ActivityType.NOTE, null, null, null, null, null, null));
        assertThat(asNote.subject()).isEqualTo("Call");
        assertThat(asNote.durationMinutes()).isNull();
        assertThat(asNote.contactIds()).containsExactly(5L);
        assertThatThrownBy(() -> call.requireAuthor(8)).isInstanceOf(ForbiddenException.class);
        call.requireAuthor(7);
    }

    private static List<String> fields(ActivityDraft draft) {
        try {
            ActivityRules.check(draft, NOW, AHEAD);
            return List.of();
        } catch (RuleViolationException e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
    }
}
