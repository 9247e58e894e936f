package io.closewright.forecast;

import io.closewright.forecast.engine.Period;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.shared.RuleViolationException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns the {@code period}, {@code ownerId} and {@code teamOf} a caller sends into a {@link Period} and a
 * {@link ForecastScope}: a bad period or both scope fields give 400 naming the field; a person the
 * viewer may not see is a 404, like a missing one. Without a scope a rep gets their own deals and a
 * manager or admin their team.
 */
@Component
class ForecastScopes {

    static final String PERIOD_FORMAT = "must be a month like 2026-12 or a quarter like 2026-Q4";

    private final IdentityManagement identity;

    ForecastScopes(IdentityManagement identity) {
        this.identity = identity;
    }

    static Period period(@Nullable String key, LocalDate today) {
        if (key == null || key.isBlank()) {
            return Period.monthOf(today);
        }
        return Period.parse(key).orElseThrow(() -> new RuleViolationException("period", PERIOD_FORMAT));
    }

    ForecastScope scope(Viewer viewer, @Nullable Long ownerId, @Nullable Long teamOf) {
        if (ownerId != null && teamOf != null) {
            throw new RuleViolationException("teamOf", "give ownerId or teamOf, not both");
        }
        if (ownerId != null) {
            return new ForecastScope(ownerId, identity.user(viewer, ownerId).name(), false);
        }
        long id = teamOf != null ? teamOf : viewer.userId();
        UserView user = identity.user(viewer, id);
        boolean team = teamOf != null || viewer.leadsOthers();
        return new ForecastScope(id, user.name(), team && user.role().canLead());
    }
}
