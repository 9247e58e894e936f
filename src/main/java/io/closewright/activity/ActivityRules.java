package io.closewright.activity;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a logged activity must be: a type; a subject (taken from the body's first line when only a body
 * is given); bounded text; a duration only for calls and meetings (1 minute to a day); notes and emails
 * about the past, calls and meetings at most {@code scheduleAhead} ahead; nothing older than ten years.
 */
final class ActivityRules {

    static final int SUBJECT_MAX = 200;
    static final int BODY_MAX = 10_000;
    static final int OUTCOME_MAX = 500;
    static final int CONTACTS_MAX = 50;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Duration OLDEST = Duration.ofDays(3653);

    private ActivityRules() {}

    /** The draft as it will be stored: trimmed, with its subject filled in, or a violation naming each field. */
    static ActivityDraft check(ActivityDraft draft, Instant now, Duration scheduleAhead) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.type() == null) {
            problems.add(new FieldProblem("type", "choose NOTE, CALL, MEETING or EMAIL"));
        }
        String body = trimmed(draft.body());
        String subject = trimmed(draft.subject());
        if (subject == null && body != null) {
            subject = firstLine(body);
        }
        if (subject == null) {
            problems.add(new FieldProblem("subject", "say what happened: a subject or a few words of notes"));
        }
        length("subject", subject, SUBJECT_MAX, problems);
        length("body", body, BODY_MAX, problems);
        length("outcome", trimmed(draft.outcome()), OUTCOME_MAX, problems);
        checkDuration(draft, problems);
        checkTime(draft, now, scheduleAhead, problems);
        if (draft.contactIds() != null && draft.contactIds().size() > CONTACTS_MAX) {
            problems.add(new FieldProblem("contactIds", "at most " + CONTACTS_MAX + " people"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return new ActivityDraft(
                draft.type(),
                subject,
                body,
                trimmed(draft.outcome()),
                draft.occurredAt(),
                draft.durationMinutes(),
                draft.contactIds() == null ? List.of() : List.copyOf(draft.contactIds()));
    }

    private static void checkDuration(ActivityDraft draft, List<FieldProblem> problems) {
        Integer minutes = draft.durationMinutes();
        if (minutes == null) {
            return;
        }
        if (draft.type() != null && !draft.type().timed()) {
            problems.add(new FieldProblem("durationMinutes", "only calls and meetings have a duration"));
        } else if (minutes < 1 || minutes > 1440) {
            problems.add(new FieldProblem("durationMinutes", "must be between 1 and 1440 minutes"));
        }
    }

    private static void checkTime(
            ActivityDraft draft, Instant now, Duration scheduleAhead, List<FieldProblem> problems) {
        Instant at = draft.occurredAt();
        if (at == null) {
            problems.add(new FieldProblem("occurredAt", "say when it happened"));
        } else if (at.isBefore(now.minus(OLDEST))) {
            problems.add(new FieldProblem("occurredAt", "must be within the last ten years"));
        } else if (draft.type() != null && !draft.type().timed() && at.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem(
                    "occurredAt", "a note or email is about the past; schedule a call or meeting instead"));
        } else if (at.isAfter(now.plus(scheduleAhead))) {
            problems.add(new FieldProblem(
                    "occurredAt", "can be scheduled at most " + scheduleAhead.toDays() + " days ahead"));
        }
    }

    private static void length(String field, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
    }

    private static String firstLine(String body) {
        String line =
                body.lines().filter(l -> !l.isBlank()).findFirst().orElse(body).trim();
        return line.length() <= 80 ? line : line.substring(0, 79).trim() + "…";
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
