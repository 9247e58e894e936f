package io.closewright.focus;

import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.calendar.BusinessCalendar;
import io.closewright.shared.web.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores candidates with {@link FocusScore}, explains each score in one line and ranks them: highest
 * score first, then the earlier due date, then the deal. Plain Java on a given day and calendar.
 */
final class FocusRanking {

    private final FocusSettings settings;
    private final BusinessCalendar calendar;
    private final LocalDate today;
    private final Formats formats;

    FocusRanking(FocusSettings settings, BusinessCalendar calendar, LocalDate today, Formats formats) {
        this.settings = settings;
        this.calendar = calendar;
        this.today = today;
        this.formats = formats;
    }

    /** Whether a deal is unripe: below the probability threshold and closing further away than the limit. */
    boolean unripe(OpportunityView deal) {
        return deal != null
                && deal.probability() < settings.unripeProbability()
                && ChronoUnit.DAYS.between(today, deal.closeDate()) > settings.unripeDaysToClose();
    }

    List<FocusItem> rank(List<Candidate> candidates) {
        record Scored(Candidate c, double score, String why, boolean unripe) {}
        List<Scored> scored = new ArrayList<>();
        Map<OpportunityView, String> worth = new IdentityHashMap<>();
        for (Candidate c : candidates) {
            boolean unripe = unripe(c.deal());
            long d = c.dueDate() == null ? 0 : calendar.workingDaysBetween(today, c.dueDate());
            boolean overdue = c.dueDate() != null && c.dueDate().isBefore(today);
            long days = overdue ? Math.min(d, -1) : Math.max(d, 0);
            double score = FocusScore.score(
                    FocusScore.value(weighted(c.deal())),
                    FocusScore.urgency(days),
                    FocusScore.criticality(c),
                    unripe ? settings.unripeFactor() : 1);
            scored.add(new Scored(c, score, why(c, days, overdue, unripe, worth), unripe));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score())
                .thenComparing(s -> s.c().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s ->
                        s.c().deal() == null ? Long.MAX_VALUE : s.c().deal().id()));
        List<FocusItem> items = new ArrayList<>();
        for (Scored s : scored) {
            Candidate c = s.c();
            OpportunityView deal = c.deal();
            items.add(new FocusItem(
                    items.size() + 1,
                    c.kind(),
                    deal == null ? null : deal.id(),
                    deal == null ? null : deal.name(),
                    c.stepKey(),
                    c.title(),
                    c.dueDate(),
                    s.score(),
                    s.why(),
                    c.dueDate() != null && c.dueDate().isBefore(today),
                    s.unripe(),
                    c.action(),
                    c.refId(),
                    c.suggestedCloseDate(),
                    deal == null ? null : deal.version()));
        }
        return items;
    }

    private BigDecimal weighted(OpportunityView deal) {
        if (deal == null) {
            return settings.standaloneValue();
        }
        return deal.amount().multiply(BigDecimal.valueOf(deal.probability())).movePointLeft(2);
    }

    /** The "why" line; {@code worth} keeps each deal's money text, the same for all of its items. */
    private String why(Candidate c, long days, boolean overdue, boolean unripe, Map<OpportunityView, String> worth) {
        List<String> parts = new ArrayList<>();
        parts.add(urgencyText(days, overdue));
        if (c.reason() != null) {
            parts.add(c.reason());
        }
        OpportunityView deal = c.deal();
        if (deal == null) {
            parts.add("not tied to a deal");
        } else {
            parts.add(worth.computeIfAbsent(deal, this::worth));
        }
        if (unripe) {
            parts.add("unripe: " + deal.probability() + "% and closing " + formats.date(deal.closeDate())
                    + ", so it sinks");
        }
        String text = String.join(", ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String worth(OpportunityView deal) {
        return formats.shortMoney(weighted(deal), deal.currency()) + " weighted ("
                + formats.shortMoney(deal.amount(), deal.currency()) + " at " + deal.probability() + "%)";
    }

    private static String urgencyText(long days, boolean overdue) {
        if (overdue) {
            return -days + (days == -1 ? " working day overdue" : " working days overdue");
        }
        if (days == 0) {
            return "due today";
        }
        return "due in " + days + (days == 1 ? " working day" : " working days");
    }
}
