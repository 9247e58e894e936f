package io.closewright.forecast;

import io.closewright.forecast.engine.Period;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts, calls, quotas, snapshots, accuracy and pipeline health. Every figure is made of the deals
 * the viewer may see (the visibility rule is inside each query); a person the viewer may not see answers
 * 404 like a missing one; a bad period or scope is a 400 naming the field.
 */
@Service
public class ForecastManagement {

    private final ForecastScopes scopes;
    private final Forecasts forecasts;
    private final Quotas quotas;
    private final Snapshots snapshots;
    private final AccuracyReports accuracy;
    private final HealthReports health;
    private final OpportunityManagement opportunities;
    private final IdentityManagement identity;
    private final Clock clock;

    ForecastManagement(
            ForecastScopes scopes,
            Forecasts forecasts,
            Quotas quotas,
            Snapshots snapshots,
            AccuracyReports accuracy,
            HealthReports health,
            OpportunityManagement opportunities,
            IdentityManagement identity,
            Clock clock) {
        this.scopes = scopes;
        this.forecasts = forecasts;
        this.quotas = quotas;
        this.snapshots = snapshots;
        this.accuracy = accuracy;
        this.health = health;
        this.opportunities = opportunities;
        this.identity = identity;
        this.clock = clock;
    }

    /** The forecast of {@code period} (default: this month) for a person or a team (default: the viewer's). */
    public ForecastView forecast(
            Viewer viewer, @Nullable String period, @Nullable Long ownerId, @Nullable Long teamOf) {
        return forecasts.forecast(viewer, period(viewer, period), scopes.scope(viewer, ownerId, teamOf));
    }

    /**
     * Sets the viewer's call for a period: a rep's call is for their own deals, a manager's for their
     * team. Changing an existing call needs its version.
     */
    @Transactional
    public PeriodAmount call(Viewer viewer, String period, @Nullable BigDecimal amount, @Nullable Long version) {
        Period p = period(viewer, period);
        return forecasts
                .calls()
                .set(viewer.workspaceId(), viewer.userId(), p.key(), amount, version, viewer.userId(), clock.instant());
    }

    /**
     * Sets a person's quota for a period: admins for anyone, managers for the people below them (not
     * themselves); a person the viewer may not see is a 404, a rep gets 403. The amount is 0 or more in the
     * workspace's currency ({@code currency}, when given, must be it). Changing an existing quota needs
     * its version (428 without, 412 when stale).
     */
    @Transactional
    public PeriodAmount quota(
            Viewer viewer,
            String period,
            @Nullable Long userId,
            @Nullable BigDecimal amount,
            @Nullable String currency,
            @Nullable Long version) {
        Period p = period(viewer, period);
        if (userId == null) {
            throw new RuleViolationException("userId", "must not be empty");
        }
        String workspaceCurrency = identity.workspace(viewer.workspaceId()).currency();
        if (currency != null && !currency.trim().equalsIgnoreCase(workspaceCurrency)) {
            throw new RuleViolationException(
                    "currency", "quotas are in the workspace's currency, " + workspaceCurrency);
        }
        identity.user(viewer, userId);
        if (!viewer.isAdmin() && (!viewer.leadsOthers() || userId == viewer.userId())) {
            throw new io.closewright.shared.ForbiddenException(
                    "Quotas are set by admins, and by managers for the people below them");
        }
        return quotas.table()
                .set(viewer.workspaceId(), userId, p.key(), amount, version, viewer.userId(), clock.instant());
    }

    /** Takes a snapshot of the forecast of a period and scope now (kind ON_DEMAND). */
    @Transactional
    public SnapshotView snapshot(
            Viewer viewer, @Nullable String period, @Nullable Long ownerId, @Nullable Long teamOf) {
        return snapshots.take(viewer, period(viewer, period), scopes.scope(viewer, ownerId, teamOf), "ON_DEMAND");
    }

    /** Accuracy over the last {@code periods} closed months (or quarters) for a person or a team. */
    public AccuracyView accuracy(
            Viewer viewer,
            @Nullable Long ownerId,
            @Nullable Long teamOf,
            @Nullable Integer periods,
            @Nullable String unit) {
        int count = periods == null ? 6 : periods;
        if (count < 1 || count > 24) {
            throw new RuleViolationException("periods", "must be between 1 and 24");
        }
        boolean quarters = unit != null && unit.equalsIgnoreCase("quarter");
        if (unit != null && !quarters && !unit.equalsIgnoreCase("month")) {
            throw new RuleViolationException("unit", "must be month or quarter");
        }
        return accuracy.report(viewer, scopes.scope(viewer, ownerId, teamOf), count, quarters);
    }

    /** Pipeline health of a person or a team; coverage against the quota of {@code period} (default: this quarter). */
    public HealthView health(Viewer viewer, @Nullable Long ownerId, @Nullable Long teamOf, @Nullable String period) {
        Period p = period == null || period.isBlank()
                ? Period.quarterOf(opportunities.today(viewer))
                : period(viewer, period);
        return health.report(viewer, scopes.scope(viewer, ownerId, teamOf), p);
    }

    /** The snapshot a user would see for one of their own scopes, for the weekly job. */
    SnapshotView weekly(Viewer viewer, Period period, boolean team) {
        ForecastScope scope = scopes.scope(viewer, team ? null : viewer.userId(), team ? viewer.userId() : null);
        return snapshots.take(viewer, period, scope, "WEEKLY");
    }

    private Period period(Viewer viewer, @Nullable String key) {
        return ForecastScopes.period(key, opportunities.today(viewer));
    }
}
