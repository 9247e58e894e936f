package io.closewright.closeplan;

import static io.closewright.closeplan.scheduling.StepOwner.BUYER;
import static io.closewright.closeplan.scheduling.StepOwner.JOINT;
import static io.closewright.closeplan.scheduling.StepOwner.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.closeplan.scheduling.StepSpec;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The timeline of a fixture plan with today Tue 1 Dec 2026 and target Thu 3 Dec 2026: kick-off done on
 * Mon 30 Nov; discovery (2 days) -> review (3) -> signature (1) runs 1..8 Dec, three days late, so all
 * three are critical and discovery (due Fri 27 Nov) is overdue; the side step (1 day after discovery) has
 * room. The scale runs from Mon 23 Nov (the Monday before discovery's latest start, Thu 26 Nov) to Sat 12
 * Dec, so that the projected close's label (132 wide) fits on its right: 20 days of (1000 - 300 - 14) / 20 =
 * 34.3 each.
 */
class PlanTimelineTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalDate TARGET = LocalDate.of(2026, 12, 3);

    final PlanView plan = fixture();
    final String svg = PlanTimeline.svg(plan);

    static PlanView fixture() {
        List<StepDraft> drafts = List.of(
                draft("kickoff", "Kick-off", SELLER, 1),
                draft("discovery", "Discovery <&> \"call\"", SELLER, 2),
                draft("review", "Security review", BUYER, 3, "discovery"),
                draft("side", "Reference call", SELLER, 1, "discovery"),
                draft("signature", "Signature", JOINT, 1, "review"));
        List<StepSpec> specs = new ArrayList<>();
        for (StepDraft d : drafts) {
            LocalDate doneOn = d.key().equals("kickoff") ? LocalDate.of(2026, 11, 30) : null;
            specs.add(new StepSpec(d.key(), d.title(), d.owner(), d.durationDays(), d.dependsOn(), doneOn));
        }
        var schedule = PlanChecks.schedule(specs, TARGET, TODAY, BusinessCalendar.mondayToFriday(), 2);
        return PlanView.of(7L, null, TODAY, schedule, drafts, 3);
    }

    static StepDraft draft(String key, String title, StepOwner owner, int days, String... deps) {
        return new StepDraft(key, title, owner, days, List.of(deps), List.of(), null);
    }

    @Test
    void drawsOneRowPerStepInScheduleOrder() {
        Matcher rows = Pattern.compile("<g class=\"cw-tl-row[^\"]*\" data-key=\"([^\"]+)\"")
                .matcher(svg);
        List<String> keys = new ArrayList<>();
        while (rows.find()) {
            keys.add(rows.group(1));
        }
        assertThat(keys)
                .containsExactlyElementsOf(
                        plan.steps().stream().map(PlanStepView::key).toList());
        assertThat(keys).hasSize(5).startsWith("kickoff", "discovery");
        assertThat(svg).contains(">Security review</text>").contains(">✓ Kick-off</text>");
    }

    @Test
    void escapesTitles() {
        assertThat(svg).contains("Discovery &lt;&amp;&gt; &quot;call&quot;").doesNotContain("<&>");
    }

    @Test
    void isAnAccessibleImageWithASummary() {
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(svg)
                .contains("role=\"img\"")
                .contains("aria-label=\"Close plan timeline: 5 steps, 1 done. Target close Thu 3 Dec;"
                        + " projected close Tue 8 Dec, after the target.");
        assertThat(svg).contains("<title>Security review (buyer, 3 working days)\nPlan: Mon 30 Nov to Wed 2 Dec");
    }

    @Test
    void marksCriticalAndOverdueSteps() {
        assertThat(row("discovery"))
                .contains("cw-tl-is-critical cw-tl-is-overdue")
                .contains(">critical · overdue<");
        assertThat(row("review")).contains("cw-tl-is-critical").contains("cw-tl-proj cw-tl-critical");
        assertThat(row("side")).doesNotContain("critical").doesNotContain("overdue");
        assertThat(row("kickoff")).contains("cw-tl-is-done").contains("class=\"cw-tl-done\"");
        assertThat(row("review")).contains("cw-tl-buyer");
        assertThat(row("signature")).contains("cw-tl-joint");
    }

    @Test
    void drawsTodayTargetAndProjectedLinesAtTheirDays() {
        // today: start of day 8 (1 Dec); target: end of day 10 (3 Dec); projected: end of day 15 (8 Dec)
        assertThat(svg).contains("<line class=\"cw-tl-today\" data-date=\"2026-12-01\" x1=\"574.4\"");
        assertThat(svg).contains("<line class=\"cw-tl-target\" data-date=\"2026-12-03\" x1=\"677.3\"");
        assertThat(svg).contains("<line class=\"cw-tl-projected cw-tl-late\" data-date=\"2026-12-08\" x1=\"848.8\"");
        assertThat(svg).contains(">Target Thu 3 Dec</text>").contains(">Projected Tue 8 Dec</text>");
    }

    @Test
    void labelsTheMondaysOnTop() {
        assertThat(svg).contains(">23 Nov</text>").contains(">30 Nov</text>").contains(">7 Dec</text>");
        assertThat(svg).doesNotContain(">14 Dec</text>");
    }

    @Test
    void aPlanInTimeHasNoLateProjection() {
        var later = PlanChecks.schedule(
                fixture().steps().stream()
                        .map(s -> new StepSpec(
                                s.key(), s.title(), s.owner(), s.durationDays(), s.dependsOn(), s.doneOn()))
                        .toList(),
                LocalDate.of(2026, 12, 18),
                TODAY,
                BusinessCalendar.mondayToFriday(),
                2);
        String inTime = PlanTimeline.svg(PlanView.of(
                7L,
                null,
                TODAY,
                later,
                List.of(
                        draft("kickoff", "Kick-off", SELLER, 1),
                        draft("discovery", "D", SELLER, 2),
                        draft("review", "R", BUYER, 3, "discovery"),
                        draft("side", "S", SELLER, 1, "discovery"),
                        draft("signature", "Sig", JOINT, 1, "review")),
                3));
        assertThat(inTime)
                .contains("class=\"cw-tl-projected\"")
                .doesNotContain("cw-tl-late")
                .doesNotContain("overdue");
    }

    private String row(String key) {
        int start = svg.indexOf("data-key=\"" + key + "\"");
        int from = svg.lastIndexOf("<g ", start);
        return svg.substring(from, svg.indexOf("</g>", start));
    }
}
