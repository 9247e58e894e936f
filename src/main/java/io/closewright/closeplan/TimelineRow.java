package io.closewright.closeplan;

import static io.closewright.closeplan.TimelineScale.num;

import io.closewright.shared.web.Formats;
import java.time.LocalDate;

/** One step's row of a {@link PlanTimeline}: label, markers, the plan bar, the projection bar and a tooltip. */
final class TimelineRow {

    private static final double TAG_RIGHT = PlanTimeline.LABEL_WIDTH - 10;

    private final PlanStepView step;
    private final double y;
    private final boolean striped;
    private final TimelineScale scale;
    private final Formats fmt;
    private final StringBuilder svg;

    TimelineRow(PlanStepView step, double y, boolean striped, TimelineScale scale, Formats fmt, StringBuilder svg) {
        this.step = step;
        this.y = y;
        this.striped = striped;
        this.scale = scale;
        this.fmt = fmt;
        this.svg = svg;
    }

    void draw() {
        svg.append("<g class=\"cw-tl-row cw-tl-").append(PlanWords.side(step.owner()));
        svg.append(step.critical() ? " cw-tl-is-critical" : "").append(step.overdue() ? " cw-tl-is-overdue" : "");
        svg.append(step.done() ? " cw-tl-is-done" : "").append("\" data-key=\"").append(Xml.escape(step.key()));
        svg.append("\"><title>").append(Xml.escape(tooltip())).append("</title>");
        rect(striped ? "cw-tl-bg cw-tl-stripe" : "cw-tl-bg", 0, y, PlanTimeline.WIDTH, PlanTimeline.ROW, 0);
        rect("cw-tl-chip", 2, y + 5, 4, PlanTimeline.ROW - 10, 1);
        String tag = tag();
        text(step.done() ? "cw-tl-label cw-tl-label-done" : "cw-tl-label", 14, "start", label(tag.length()));
        if (!tag.isEmpty()) {
            text("cw-tl-tag", TAG_RIGHT, "end", tag);
        }
        bar("cw-tl-plan", step.latestStart(), step.dueDate(), 4);
        if (step.done()) {
            bar("cw-tl-done", step.earliestStart(), step.doneOn(), 8);
        } else {
            bar(
                    step.critical() ? "cw-tl-proj cw-tl-critical" : "cw-tl-proj",
                    step.earliestStart(),
                    step.earliestFinish(),
                    8);
        }
        svg.append("</g>");
    }

    private String tag() {
        if (step.critical() && step.overdue()) {
            return "critical · overdue";
        }
        return step.critical() ? "critical" : step.overdue() ? "overdue" : "";
    }

    private String label(int tagLength) {
        int room = (int) ((TAG_RIGHT - 14 - (tagLength == 0 ? 0 : tagLength * 6.2 + 8)) / 6.6);
        String title = (step.done() ? "✓ " : "") + step.title();
        return title.length() <= room
                ? title
                : title.substring(0, Math.max(1, room - 1)).stripTrailing() + "…";
    }

    private String tooltip() {
        StringBuilder t = new StringBuilder(step.title());
        t.append(" (").append(PlanWords.side(step.owner())).append(", ");
        t.append(PlanWords.workingDays(step.durationDays()))
                .append(")\nPlan: ")
                .append(span(step.latestStart(), step.dueDate()));
        if (step.done()) {
            return t.append("\nDone ").append(fmt.date(step.doneOn())).toString();
        }
        t.append("\nProjected: ").append(span(step.earliestStart(), step.earliestFinish()));
        t.append("\nSlack: ").append(PlanWords.slack(step.slackDays()));
        t.append(step.critical() ? ", critical" : "").append(step.overdue() ? ", overdue" : "");
        return t.toString();
    }

    private String span(LocalDate from, LocalDate to) {
        return from.equals(to) ? fmt.date(from) : fmt.date(from) + " to " + fmt.date(to);
    }

    private void bar(String cls, LocalDate from, LocalDate to, double inset) {
        double x = scale.x(from);
        rect(cls, x, y + inset, Math.max(2, scale.end(to) - x), PlanTimeline.ROW - 2 * inset, 3);
    }

    private void rect(String cls, double x, double top, double width, double height, double radius) {
        svg.append("<rect class=\"")
                .append(cls)
                .append("\" x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(top));
        svg.append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height));
        svg.append(radius > 0 ? "\" rx=\"" + num(radius) : "").append("\"/>");
    }

    private void text(String cls, double x, String anchor, String text) {
        svg.append("<text class=\"")
                .append(cls)
                .append("\" x=\"")
                .append(num(x))
                .append("\" y=\"");
        svg.append(num(y + 17)).append("\" text-anchor=\"").append(anchor).append("\">");
        svg.append(Xml.escape(text)).append("</text>");
    }
}
