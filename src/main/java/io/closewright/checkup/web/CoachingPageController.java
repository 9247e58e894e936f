package io.closewright.checkup.web;

import io.closewright.checkup.CheckupManagement;
import io.closewright.checkup.CoachingReport;
import io.closewright.checkup.RepCoaching;
import io.closewright.identity.UserPrincipal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The managers' coaching view: each rep's checkup habits over the last 30 and 90 days, and open blockers by age. */
@Controller
class CoachingPageController {

    private final CheckupManagement checkups;

    CoachingPageController(CheckupManagement checkups) {
        this.checkups = checkups;
    }

    @GetMapping("/team/coaching")
    String coaching(@AuthenticationPrincipal UserPrincipal me, Model model) {
        if (!me.viewer().leadsOthers()) {
            throw new AccessDeniedException("Coaching is for managers and admins");
        }
        CoachingReport month = checkups.coaching(me.viewer(), 30);
        CoachingReport quarter = checkups.coaching(me.viewer(), 90);
        model.addAttribute("month", month);
        model.addAttribute("quarter", quarter);
        model.addAttribute("monthChart", chart(month));
        model.addAttribute("quarterChart", chart(quarter));
        model.addAttribute("blockerChart", blockerChart(month));
        return "checkup/coaching";
    }

    /** The shares as JSON for the chart: {@code {"reps":[...],"before":[..],...}} in percent. */
    static String chart(CoachingReport report) {
        List<RepCoaching> reps = report.reps();
        return "{\"reps\":" + names(reps)
                + ",\"before\":"
                + percents(reps.stream().map(RepCoaching::beforeDeadlineShare).toList())
                + ",\"problem\":"
                + percents(reps.stream().map(RepCoaching::problemShare).toList())
                + ",\"solution\":"
                + percents(reps.stream().map(RepCoaching::solutionShare).toList())
                + ",\"nagging\":"
                + percents(reps.stream().map(RepCoaching::justCheckingInShare).toList()) + "}";
    }

    /** Open blockers per rep and age bucket as JSON for the stacked bar chart. */
    static String blockerChart(CoachingReport report) {
        List<RepCoaching> reps = report.reps();
        String buckets = RepCoaching.AGE_BUCKETS.stream()
                .map(b -> "\"" + b + "\":"
                        + reps.stream()
                                .map(r -> String.valueOf(r.openBlockersByAge().getOrDefault(b, 0)))
                                .collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(","));
        return "{\"reps\":" + names(reps) + ",\"buckets\":{" + buckets + "}}";
    }

    private static String names(List<RepCoaching> reps) {
        return reps.stream()
                .map(r -> "\"" + r.name().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String percents(List<Double> shares) {
        return shares.stream()
                .map(s -> String.format(Locale.ROOT, "%.0f", s * 100))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
