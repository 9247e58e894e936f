package io.closewright.demo.bench;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Inserts the drawn deals and their history rows (every close-date push with its reason, and the status
 * and stage change of a closed deal), as the opportunity module records them; answers the deals' ids in
 * the order of the specs.
 */
@Component
class BenchDeals {

    private static final String[] PUSH_REASONS = {
        "Legal review takes longer", "Budget moved to next quarter", "Champion on leave", "Security review added"
    };

    private final BenchRows rows;

    BenchDeals(BenchRows rows) {
        this.rows = rows;
    }

    List<Long> create(BenchTeam team, AccountBook accounts, List<DealSpec> deals) {
        try (RowBatch batch = rows.batch(
                "INSERT INTO opportunity (workspace_id, name, account_id, owner_id, amount, currency, stage_key,"
                        + " close_date, forecast_category, status, close_date_pushes, closed_on, close_reason, version,"
                        + " created_at, updated_at, last_activity_at) VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Types.BIGINT,
                Types.VARCHAR,
                Types.BIGINT,
                Types.BIGINT,
                Types.NUMERIC,
                Types.VARCHAR,
                Types.DATE,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.INTEGER,
                Types.DATE,
                Types.VARCHAR,
                Types.BIGINT,
                Types.TIMESTAMP_WITH_TIMEZONE,
                Types.TIMESTAMP_WITH_TIMEZONE,
                Types.TIMESTAMP_WITH_TIMEZONE)) {
            for (DealSpec d : deals) {
                batch.add(
                        team.workspaceId(),
                        accounts.names().get(d.account()) + " " + DealSpecs.product(d) + " " + (d.index() + 1),
                        accounts.ids().get(d.account()),
                        d.ownerId(),
                        d.amount(),
                        d.stage(),
                        d.closeDate(),
                        d.category(),
                        d.status(),
                        d.pushes(),
                        d.closedOn(),
                        d.closeReason(),
                        (long) d.pushes() + (d.open() ? 0 : 1),
                        d.createdAt(),
                        d.lastActivityAt(),
                        d.lastActivityAt());
            }
        }
        List<Long> ids = rows.ids("SELECT id FROM opportunity WHERE workspace_id = ? ORDER BY id", team.workspaceId());
        history(team, deals, ids);
        return ids;
    }

    private void history(BenchTeam team, List<DealSpec> deals, List<Long> ids) {
        try (RowBatch batch = rows.batch(
                "INSERT INTO opportunity_change (workspace_id, opportunity_id, changed_by, changed_at, field, old_value,"
                        + " new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Types.BIGINT,
                Types.BIGINT,
                Types.BIGINT,
                Types.TIMESTAMP_WITH_TIMEZONE,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR)) {
            for (int i = 0; i < deals.size(); i++) {
                DealSpec d = deals.get(i);
                LocalDate from = d.firstCloseDate();
                for (int p = 1; p <= d.pushes(); p++) {
                    LocalDate to = from.plusDays(21);
                    long span = java.time.Duration.between(d.createdAt(), d.lastActivityAt())
                            .getSeconds();
                    OffsetDateTime at = d.createdAt().plusSeconds(span * p / (d.pushes() + 1));
                    batch.add(
                            team.workspaceId(),
                            ids.get(i),
                            d.ownerId(),
                            at,
                            "closeDate",
                            from.toString(),
                            to.toString(),
                            PUSH_REASONS[(d.index() + p) % PUSH_REASONS.length]);
                    from = to;
                }
                if (!d.open()) {
                    OffsetDateTime at = at(d.closedOn());
                    batch.add(
                            team.workspaceId(),
                            ids.get(i),
                            d.ownerId(),
                            at,
                            "status",
                            "OPEN",
                            d.status(),
                            d.closeReason());
                    batch.add(team.workspaceId(), ids.get(i), d.ownerId(), at, "stage", "negotiate", d.stage(), null);
                }
            }
        }
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(11, 0).atOffset(ZoneOffset.UTC);
    }
}
