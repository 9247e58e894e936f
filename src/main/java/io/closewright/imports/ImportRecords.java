package io.closewright.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which source record became which Closewright record, with the fingerprint of what was imported:
 * the key that makes imports idempotent. Looked up in sets of up to 1,000 ids per statement.
 */
@Component
class ImportRecords {

    static final String OPPORTUNITY = "OPPORTUNITY";
    static final String ACCOUNT = "ACCOUNT";
    static final String CONTACT = "CONTACT";
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A record imported before: its Closewright id and the fingerprint of the values imported. */
    record Known(long recordId, String fingerprint) {}

    Map<String, Known> known(long workspaceId, String source, String kind, List<String> externalIds) {
        Map<String, Known> known = new HashMap<>();
        for (int from = 0; from < externalIds.size(); from += CHUNK) {
            List<String> chunk = externalIds.subList(from, Math.min(externalIds.size(), from + CHUNK));
            jdbc.sql("SELECT external_id, record_id, fingerprint FROM import_record WHERE workspace_id = :ws"
                            + " AND source = :source AND kind = :kind AND external_id IN (:ids)")
                    .param("ws", workspaceId)
                    .param("source", source)
                    .param("kind", kind)
                    .param("ids", chunk)
                    .query((rs, n) -> known.put(rs.getString(1), new Known(rs.getLong(2), rs.getString(3))))
                    .list();
        }
        return known;
    }

    /** One record to remember: new ones are inserted, known ones get their new fingerprint. */
    record Entry(String externalId, long recordId, String fingerprint, boolean isNew) {}

    void remember(long workspaceId, String source, String kind, List<Entry> entries) {
        List<Entry> inserts = new ArrayList<>();
        List<Entry> updates = new ArrayList<>();
        entries.forEach(e -> (e.isNew() ? inserts : updates).add(e));
        template.batchUpdate(
                "INSERT INTO import_record (workspace_id, source, kind, external_id, record_id, fingerprint)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                inserts,
                Math.max(1, inserts.size()),
                (ps, e) -> {
                    ps.setLong(1, workspaceId);
                    ps.setString(2, source);
                    ps.setString(3, kind);
                    ps.setString(4, e.externalId());
                    ps.setLong(5, e.recordId());
                    ps.setString(6, e.fingerprint());
                });
        template.batchUpdate(
                "UPDATE import_record SET fingerprint = ? WHERE workspace_id = ? AND source = ? AND kind = ?"
                        + " AND external_id = ?",
                updates,
                Math.max(1, updates.size()),
                (ps, e) -> {
                    ps.setString(1, e.fingerprint());
                    ps.setLong(2, workspaceId);
                    ps.setString(3, source);
                    ps.setString(4, kind);
                    ps.setString(5, e.externalId());
                });
    }
}
