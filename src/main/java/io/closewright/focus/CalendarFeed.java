package io.closewright.focus;

import io.closewright.checkup.ScheduledCheckup;
import io.closewright.closeplan.PlanStepView;
import io.closewright.opportunity.OpportunityView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A user's open work as an RFC 5545 calendar: one all-day event (DTSTART and DTEND as DATE values) per
 * open plan step's due date, checkup still to hold, open ask and open task, each with a stable UID so a
 * subscribed calendar updates events in place. Lines are folded at 75 octets and text is escaped.
 */
final class CalendarFeed {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();
    private final String stamp;
    private final String baseUrl;

    private CalendarFeed(Instant now, String baseUrl) {
        this.stamp = STAMP.format(now);
        this.baseUrl = baseUrl;
    }

    static String of(FocusInputs in, String userName, Instant now, String baseUrl, String host) {
        CalendarFeed feed = new CalendarFeed(now, baseUrl);
        feed.line("BEGIN:VCALENDAR");
        feed.line("VERSION:2.0");
        feed.line("PRODID:-//Closewright//Focus feed//EN");
        feed.line("CALSCALE:GREGORIAN");
        feed.line("METHOD:PUBLISH");
        feed.line("X-WR-CALNAME:" + escape("Closewright: " + userName));
        in.plans().forEach((id, plan) -> {
            OpportunityView deal = in.deals().get(id);
            for (PlanStepView s : plan.steps()) {
                if (!s.done()) {
                    feed.event(
                            "step-" + id + "-" + s.key() + "@" + host,
                            s.dueDate(),
                            "Due: " + s.title() + " (" + deal.name() + ")",
                            deal);
                }
            }
        });
        in.checkups().forEach((id, list) -> {
            OpportunityView deal = in.deals().get(id);
            for (ScheduledCheckup k : list) {
                if (!k.held()) {
                    feed.event(
                            "checkup-" + id + "-" + k.stepKey() + "@" + host,
                            k.scheduledOn(),
                            "Checkup before " + k.stepTitle() + " (" + deal.name() + ")",
                            deal);
                }
            }
        });
        in.asks()
                .forEach(a -> feed.event(
                        "ask-" + a.id() + "@" + host,
                        a.dueDate(),
                        "Ask due: " + a.text() + " (" + a.opportunityName() + ")",
                        in.deals().get(a.opportunityId())));
        in.tasks()
                .forEach(t -> feed.event(
                        "task-" + t.id() + "@" + host,
                        t.dueDate(),
                        "Task: " + t.title(),
                        t.opportunityId() == null ? null : in.deals().get(t.opportunityId())));
        feed.line("END:VCALENDAR");
        return feed.out.toString();
    }

    private void event(String uid, LocalDate day, String summary, OpportunityView deal) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + DAY.format(day));
        line("DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
        line("SUMMARY:" + escape(summary));
        line("TRANSP:TRANSPARENT");
        if (deal != null) {
            line("URL:" + baseUrl + "/opportunities/" + deal.id());
        }
        line("END:VEVENT");
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets (RFC 5545 3.1). */
    private void line(String content) {
        int octets = 0;
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append(line).append("\r\n ");
                line.setLength(0);
                octets = 1;
            }
            line.append(ch);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(line).append("\r\n");
    }
}
