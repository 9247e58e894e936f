package io.closewright.ask;

import io.closewright.closeplan.PlanStepView;
import io.closewright.closeplan.PlanView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests what an ask that serves a plan step gets the deal to: the earliest-due step that waits on it
 * ("starting <title> by <date>"), or, when nothing follows, closing on the target date.
 */
final class OutcomeSuggestion {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private OutcomeSuggestion() {}

    static Optional<String> forStep(PlanView plan, String stepKey) {
        if (stepKey == null || plan.steps().stream().noneMatch(s -> s.key().equals(stepKey))) {
            return Optional.empty();
        }
        return Optional.of(plan.steps().stream()
                .filter(s -> s.dependsOn().contains(stepKey) && !s.done())
                .min(Comparator.comparing(PlanStepView::latestStart))
                .map(next -> "starting " + lower(next.title()) + " by " + day(next.latestStart()))
                .orElse("signing by " + day(plan.targetCloseDate())));
    }

    private static String lower(String title) {
        return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
