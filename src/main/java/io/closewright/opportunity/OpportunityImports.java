package io.closewright.opportunity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes imported deals in JDBC batches, inside the caller's transaction: an import's batch commits
 * whole or not at all. An overwritten deal gets a new version, so that an edit someone started before
 * the import is refused as stale instead of silently undoing it. Imports publish no per-deal events:
 * a moved-in history is not a rep opening deals (no plan templates are applied to it).
 */
@Service
public class OpportunityImports {

    private static final String INSERT = "INSERT INTO opportunity (workspace_id, name, account_id, owner_id, amount,"
            + " currency, stage_key, close_date, forecast_category, status, close_date_pushes, closed_on, version,"
            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 1, ?, ?)";

    private static final String UPDATE = "UPDATE opportunity SET name = ?, account_id = ?, owner_id = ?, amount = ?,"
            + " currency = ?, stage_key = ?, close_date = ?, forecast_category = ?, status = ?, closed_on = ?,"
            + " version = version + 1, updated_at = ? WHERE id = ? AND workspace_id = ?";

    private final JdbcTemplate jdbc;

    OpportunityImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts new deals in one JDBC batch and answers their ids in the order given. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> insert(long workspaceId, List<ImportedOpportunity> deals, Instant now) {
        if (deals.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement(INSERT, new String[] {"id"})) {
                for (ImportedOpportunity d : deals) {
                    ps.setLong(1, workspaceId);
                    ps.setString(2, d.name());
                    ps.setLong(3, d.accountId());
                    ps.setLong(4, d.ownerId());
                    ps.setBigDecimal(5, d.amount());
                    ps.setString(6, d.currency());
                    ps.setString(7, d.stage());
                    ps.setObject(8, d.closeDate());
                    ps.setString(9, d.forecastCategory().name());
                    ps.setString(10, d.status().name());
                    ps.setObject(11, d.closedOn());
                    ps.setTimestamp(12, Timestamp.from(d.createdAt()));
                    ps.setTimestamp(13, Timestamp.from(now));
                    ps.addBatch();
                }
                ps.executeBatch();
                return ids(ps, deals.size());
            }
        });
    }

    /** Overwrites existing deals of the workspace in one JDBC batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void update(long workspaceId, List<ImportedOpportunity> deals, Instant now) {
        if (deals.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(UPDATE, deals, deals.size(), (ps, d) -> {
            ps.setString(1, d.name());
            ps.setLong(2, d.accountId());
            ps.setLong(3, d.ownerId());
            ps.setBigDecimal(4, d.amount());
            ps.setString(5, d.currency());
            ps.setString(6, d.stage());
            ps.setObject(7, d.closeDate());
            ps.setString(8, d.forecastCategory().name());
            ps.setString(9, d.status().name());
            ps.setObject(10, d.closedOn());
            ps.setTimestamp(11, Timestamp.from(now));
            ps.setLong(12, d.id());
            ps.setLong(13, workspaceId);
        });
    }

    private static List<Long> ids(PreparedStatement ps, int expected) throws SQLException {
        List<Long> ids = new ArrayList<>(expected);
        try (ResultSet keys = ps.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
        if (ids.size() != expected) {
            throw new SQLException("Expected " + expected + " generated ids, got " + ids.size());
        }
        return ids;
    }
}
