package io.closewright.risk;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.identity.IdentityManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link RiskContext} of a workspace now: the business calendar and risk buffer of its plans,
 * the blocker age limit of its checkups (5 working days until set) and the risk settings.
 */
@Component
class RiskContexts {

    private final ClosePlanManagement plans;
    private final IdentityManagement identity;
    private final RiskSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    RiskContexts(
            ClosePlanManagement plans,
            IdentityManagement identity,
            RiskSettings settings,
            JdbcClient jdbc,
            Clock clock) {
        this.plans = plans;
        this.identity = identity;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    RiskContext of(long workspaceId) {
        ZoneId zone = ZoneId.of(identity.workspace(workspaceId).timeZone());
        Instant now = clock.instant();
        RiskRules rules = new RiskRules(
                setting("SELECT blocker_age_limit_days FROM checkup_policy WHERE workspace_id = ?", workspaceId, 5),
                settings.checkupGapDays(),
                settings.pushLimit(),
                setting("SELECT risk_buffer_days FROM workspace_calendar WHERE workspace_id = ?", workspaceId, 2),
                settings.forecastPeriod());
        return new RiskContext(
                workspaceId, zone, now, LocalDate.ofInstant(now, zone), plans.businessCalendar(workspaceId), rules);
    }

    private int setting(String sql, long workspaceId, int fallback) {
        return jdbc.sql(sql).param(workspaceId).query(Integer.class).optional().orElse(fallback);
    }
}
