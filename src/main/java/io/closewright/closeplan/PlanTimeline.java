package io.closewright.closeplan;

import static io.closewright.closeplan.TimelineScale.num;

import io.closewright.shared.web.Formats;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Draws a plan as an accessible inline SVG: a row per step in schedule order with its title, a light
 * bar for the plan (latest start to due date) and a solid bar for the projection (earliest start to
 * earliest finish, or to the day it was done), coloured by side; critical and overdue steps marked; a
 * week axis, a dashed line for today and lines for the target and projected close dates. The result
 * has {@code role="img"} with a summary as its label, a tooltip per step, and all text XML-escaped.
 */
public final class PlanTimeline {

    static final double WIDTH = 1000;
    static final double LABEL_WIDTH = 300;
    static final double HEADER = 58;
    static final double ROW = 26;
    static final double FOOTER = 26;
    private static final double MARKER_LABEL = 132;

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final PlanView plan;
    private final Formats fmt;
    private final TimelineScale scale;
    private final StringBuilder svg = new StringBuilder(8192);

    private PlanTimeline(PlanView plan) {
        this.plan = plan;
        this.fmt = new Formats("USD", plan.today(), ZoneOffset.UTC);
        this.scale = scaleOf(plan);
    }

    /** The SVG markup of {@code plan}'s timeline. */
    public static String svg(PlanView plan) {
        return new PlanTimeline(plan).draw();
    }

    static TimelineScale scaleOf(PlanView plan) {
        LocalDate from = dates(plan).min(LocalDate::compareTo).orElse(plan.today());
        LocalDate to = dates(plan).max(LocalDate::compareTo).orElse(plan.today());
        TimelineScale scale = TimelineScale.covering(from, to, LABEL_WIDTH, WIDTH - LABEL_WIDTH - 14);
        while (scale.end(to) + MARKER_LABEL > WIDTH) {
            scale = new TimelineScale(scale.first(), scale.last().plusDays(1), scale.left(), scale.width());
            if (scale.days() > 400) {
                break;
            }
        }
        return scale;
    }

    private static Stream<LocalDate> dates(PlanView plan) {
        Stream<LocalDate> marks = Stream.of(plan.today(), plan.targetCloseDate(), plan.projectedCloseDate());
        Stream<LocalDate> steps = plan.steps().stream()
                .flatMap(s -> Stream.of(s.latestStart(), s.dueDate(), s.earliestStart(), s.earliestFinish()));
        return Stream.concat(marks, steps).filter(d -> d != null);
    }

    private double height() {
        return HEADER + plan.steps().size() * ROW + FOOTER;
    }

    private String draw() {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cw-timeline\" viewBox=\"0 0 ")
                .append(num(WIDTH))
                .append(' ')
                .append(num(height()))
                .append("\" role=\"img\" aria-label=\"")
                .append(Xml.escape(new TimelineSummary(plan, fmt).text()))
                .append("\">");
        weeks();
        for (int i = 0; i < plan.steps().size(); i++) {
            new TimelineRow(plan.steps().get(i), HEADER + i * ROW, i % 2 == 1, scale, fmt, svg).draw();
        }
        markers();
        return svg.append("</svg>").toString();
    }

    private void weeks() {
        text("cw-tl-axis cw-tl-head", 10, 14, "start", "Step");
        scale.mondays().forEach(monday -> {
            double x = scale.x(monday);
            line("cw-tl-week", x, 20, height() - FOOTER, null);
            text("cw-tl-axis", x + 3, 14, "start", WEEK.format(monday));
        });
    }

    private void markers() {
        boolean late =
                plan.projectedCloseDate() != null && plan.projectedCloseDate().isAfter(plan.targetCloseDate());
        double bottom = height() - FOOTER + 4;
        double today = scale.x(plan.today());
        line("cw-tl-today", today, HEADER - 4, bottom, plan.today());
        label("cw-tl-today-label", today, height() - 8, "Today " + fmt.date(plan.today()));
        double target = scale.end(plan.targetCloseDate());
        line("cw-tl-target", target, 22, bottom, plan.targetCloseDate());
        label("cw-tl-target-label", target, 34, "Target " + fmt.date(plan.targetCloseDate()));
        if (plan.projectedCloseDate() != null) {
            double projected = scale.end(plan.projectedCloseDate());
            line(
                    late ? "cw-tl-projected cw-tl-late" : "cw-tl-projected",
                    projected,
                    38,
                    bottom,
                    plan.projectedCloseDate());
            String cls = late ? "cw-tl-projected-label cw-tl-late-label" : "cw-tl-projected-label";
            label(cls, projected, 50, "Projected " + fmt.date(plan.projectedCloseDate()));
        }
    }

    private void label(String cls, double x, double y, String text) {
        boolean fitsRight = x + 4 + text.length() * 6.4 <= WIDTH;
        text(cls, fitsRight ? x + 4 : x - 4, y, fitsRight ? "start" : "end", text);
    }

    private void line(String cls, double x, double y1, double y2, LocalDate date) {
        svg.append("<line class=\"").append(cls).append('"');
        if (date != null) {
            svg.append(" data-date=\"").append(date).append('"');
        }
        svg.append(" x1=\"").append(num(x)).append("\" y1=\"").append(num(y1));
        svg.append("\" x2=\"").append(num(x)).append("\" y2=\"").append(num(y2)).append("\"/>");
    }

    private void text(String cls, double x, double y, String anchor, String text) {
        svg.append("<text class=\"")
                .append(cls)
                .append("\" x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y));
        svg.append("\" text-anchor=\"")
                .append(anchor)
                .append("\">")
                .append(Xml.escape(text))
                .append("</text>");
    }
}
