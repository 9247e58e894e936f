package io.closewright.forecast;

import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scope as the pages offer it: {@code team:12} (a manager and everyone below) or {@code owner:12} (one
 * person's own deals), with its label.
 */
public record ScopeChoice(
        String value,
        String label,
        @Nullable Long ownerId,
        @Nullable Long teamOf) {

    static List<ScopeChoice> options(Viewer viewer, List<UserView> visible) {
        List<ScopeChoice> options = new ArrayList<>();
        for (UserView u : visible) {
            String who = u.id() == viewer.userId() ? "You (" + u.name() + ")" : u.name();
            if (u.role().canLead()) {
                options.add(new ScopeChoice("team:" + u.id(), who + ": whole team", null, u.id()));
            }
            options.add(new ScopeChoice("owner:" + u.id(), who + ": own deals", u.id(), null));
        }
        options.sort(
                java.util.Comparator.comparing((ScopeChoice c) -> !c.value().endsWith(":" + viewer.userId())));
        return options;
    }

    /** The choice a page parameter names; an unknown or unreadable one falls back to the viewer's default. */
    static ScopeChoice parse(@Nullable String value, List<ScopeChoice> options, Viewer viewer) {
        return options.stream()
                .filter(o -> o.value().equals(value))
                .findFirst()
                .orElseGet(() -> options.stream()
                        .filter(o -> o.value().equals((viewer.leadsOthers() ? "team:" : "owner:") + viewer.userId()))
                        .findFirst()
                        .orElse(options.get(0)));
    }
}
