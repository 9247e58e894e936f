package io.closewright.risk;

import io.closewright.identity.Role;
import io.closewright.identity.Viewer;
import io.closewright.shared.NoticeRaised;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly digest of the team's risks to each manager with open deals in their team: deals and money
 * per level and the riskiest deals, as a {@link NoticeRaised} of kind {@code risk-digest}. Sent once per
 * workspace and week: the run row {@code (workspace, week)} is written in the same transaction as the
 * notices, so a second run of the same week fails on its key and, rolled back, raises nothing.
 */
@Component
class RiskDigest {

    static final String KIND = "risk-digest";

    private final RiskRecompute recompute;
    private final RiskQueries queries;
    private final RiskSettings settings;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RiskDigest(
            RiskRecompute recompute,
            RiskQueries queries,
            RiskSettings settings,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.recompute = recompute;
        this.queries = queries;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends the digest of every workspace whose digest day and time have come and that had none this week. */
    int sendDue() {
        int sent = 0;
        for (Workspace ws : jdbc.sql("SELECT id, time_zone FROM workspace ORDER BY id")
                .query(Workspace.class)
                .list()) {
            ZonedDateTime local = ZonedDateTime.now(clock.withZone(ZoneId.of(ws.timeZone())));
            if (local.getDayOfWeek() != settings.digestDay()
                    || local.toLocalTime().isBefore(settings.digestTime())) {
                continue;
            }
            LocalDate week = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (ran(ws.id(), week)) {
                continue;
            }
            recompute.workspace(ws.id());
            try {
                sent += transactions.execute(tx -> send(ws.id(), week));
            } catch (DuplicateKeyException e) {
                // another instance sent this week's digest first
            }
        }
        return sent;
    }

    boolean ran(long workspaceId, LocalDate week) {
        return jdbc.sql("SELECT COUNT(*) FROM risk_digest_run WHERE workspace_id = ? AND week_start = ?")
                        .params(workspaceId, week)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private int send(long workspaceId, LocalDate week) {
        jdbc.sql("INSERT INTO risk_digest_run (workspace_id, week_start, ran_at) VALUES (?, ?, ?)")
                .params(workspaceId, week, Timestamp.from(clock.instant()))
                .update();
        int sent = 0;
        for (long manager : jdbc.sql("SELECT id FROM app_user WHERE workspace_id = ? AND role = 'MANAGER'"
                        + " AND active = TRUE ORDER BY id")
                .param(workspaceId)
                .query(Long.class)
                .list()) {
            Viewer viewer = new Viewer(manager, workspaceId, Role.MANAGER);
            List<RiskTotal> totals = queries.totals(viewer, RiskFilter.none());
            if (totals.isEmpty()) {
                continue;
            }
            Paged<TeamRisk> riskiest =
                    queries.list(viewer, new RiskFilter(RiskLevel.HIGH, null, null, null), new PageSlice(0, 5));
            events.publishEvent(new NoticeRaised(
                    workspaceId,
                    manager,
                    KIND,
                    "Team risks, week of " + Words.date(week),
                    body(totals, riskiest),
                    "/team/risks",
                    null,
                    KIND + ":" + manager + ":" + week));
            sent++;
        }
        return sent;
    }

    private static String body(List<RiskTotal> totals, Paged<TeamRisk> riskiest) {
        StringBuilder text = new StringBuilder();
        for (RiskTotal total : totals) {
            text.append(total.level().label())
                    .append(": ")
                    .append(Words.count(total.deals(), "deal", "deals"))
                    .append(", ")
                    .append(SlipAlerts.money(total.amount(), total.currency()))
                    .append('\n');
        }
        if (!riskiest.items().isEmpty()) {
            text.append("\nHighest risk:\n");
            for (TeamRisk deal : riskiest.items()) {
                text.append("- ")
                        .append(deal.name())
                        .append(" (")
                        .append(deal.ownerName())
                        .append(", ")
                        .append(SlipAlerts.money(deal.amount(), deal.currency()))
                        .append("): ")
                        .append(deal.summary())
                        .append('\n');
            }
        }
        return text.toString().trim();
    }

    record Workspace(long id, String timeZone) {}
}
