package io.closewright.activity;

import io.closewright.shared.RuleViolationException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of entry on a deal's timeline, each in a group the filter chips offer: what people logged
 * ({@code ACTIVITY}), what happened to the deal ({@code DEAL}) and to its plan ({@code PLAN}). Later
 * features add their kinds here and a listener in {@link TimelineRecorder}; the timeline's SQL stays.
 */
enum TimelineKind {
    NOTE(Group.ACTIVITY, "bi-sticky"),
    CALL(Group.ACTIVITY, "bi-telephone"),
    MEETING(Group.ACTIVITY, "bi-people"),
    EMAIL(Group.ACTIVITY, "bi-envelope"),
    OPENED(Group.DEAL, "bi-flag"),
    STAGE_CHANGED(Group.DEAL, "bi-signpost-split"),
    CLOSE_DATE_MOVED(Group.DEAL, "bi-calendar-event"),
    AMOUNT_CHANGED(Group.DEAL, "bi-cash-coin"),
    DEAL_EDITED(Group.DEAL, "bi-pencil-square"),
    DEAL_CLOSED(Group.DEAL, "bi-trophy"),
    NURTURED(Group.DEAL, "bi-moon-stars"),
    REVIVED(Group.DEAL, "bi-sunrise"),
    STEP_DONE(Group.PLAN, "bi-check2-circle"),
    STEP_REOPENED(Group.PLAN, "bi-arrow-counterclockwise"),
    BUYER_STEP_DONE(Group.PLAN, "bi-person-check"),
    PLAN_SLIPPED(Group.PLAN, "bi-exclamation-triangle");

    /** The filter groups, in the order the chips show them. */
    enum Group {
        ACTIVITY,
        DEAL,
        PLAN
    }

    final Group group;
    final String icon;

    TimelineKind(Group group, String icon) {
        this.group = group;
        this.icon = icon;
    }

    /**
     * The kinds a filter names: comma-separated kinds or groups in any case ({@code CALL,MEETING},
     * {@code plan}); blank for every kind.
     *
     * @throws RuleViolationException for a name that is neither
     */
    static Set<TimelineKind> parse(String filter) {
        Set<TimelineKind> kinds = EnumSet.noneOf(TimelineKind.class);
        if (filter == null || filter.isBlank()) {
            return EnumSet.allOf(TimelineKind.class);
        }
        for (String token : filter.split(",")) {
            String name = token.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            kinds.addAll(named(name));
        }
        return kinds.isEmpty() ? EnumSet.allOf(TimelineKind.class) : kinds;
    }

    private static Set<TimelineKind> named(String name) {
        for (Group group : Group.values()) {
            if (group.name().equals(name)) {
                EnumSet<TimelineKind> inGroup = EnumSet.noneOf(TimelineKind.class);
                Arrays.stream(values()).filter(k -> k.group == group).forEach(inGroup::add);
                return inGroup;
            }
        }
        try {
            return EnumSet.of(valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                    "kind",
                    "unknown kind '" + name + "'; use ACTIVITY, DEAL, PLAN or one of " + Arrays.toString(values()));
        }
    }
}
