package io.closewright.shared;

import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A cheap stamp of the database's committed data, for caches of values that are costly to compute from
 * many tables (ADR 0030). The contract: read the stamp, then compute the value; the value may be served
 * again for as long as {@link #current()} answers an equal stamp. Equal stamps mean that no transaction
 * that writes committed or rolled back in between, on any instance (on H2: none that wrote more than
 * bookkeeping), so every query the value was computed from would answer the same. A write that commits
 * while the value is being computed changes the stamp, so a value computed meanwhile is never served again.
 *
 * <ul>
 *   <li>PostgreSQL: {@code pg_current_snapshot()}: the oldest transaction in progress, one past the newest
 *       that ended, and those in progress below it. Only transactions that write get an id, so reads
 *       never change it; the end of any write anywhere in the cluster does, which makes it coarse but
 *       exact.
 *   <li>H2 (embedded, one process): the highest modification id of the tables of the current schema, which
 *       every change, commit and rollback of a table raises, with the sessions that hold uncommitted changes
 *       (readable by the {@code sa} administrator Closewright connects as). The system views of
 *       {@code information_schema} and {@code pg_catalog} answer the database's own id, raised by any change,
 *       so they are left out; so are the tables of bookkeeping that no kept value reads
 *       ({@link #H2_BOOKKEEPING}: the job scheduler's rows, written every few seconds, and the web sessions),
 *       whose writes count only while they are uncommitted.
 *   <li>Any other database: no stamp, and nothing is cached.
 * </ul>
 *
 * One query per call, of well under a millisecond.
 */
@Component
public class CommittedDataStamp {

    private static final String POSTGRESQL = "SELECT CAST(pg_current_snapshot() AS TEXT)";

    /** The tables of bookkeeping that nothing kept reads, left out of H2's stamp. */
    static final java.util.List<String> H2_BOOKKEEPING =
            java.util.List.of("scheduled_tasks", "spring_session", "spring_session_attributes");

    private static final String H2 = "SELECT (SELECT MAX(last_modification) FROM information_schema.tables"
            + " WHERE table_schema = CURRENT_SCHEMA AND table_name NOT IN ('" + String.join("', '", H2_BOOKKEEPING)
            + "')) || ':'"
            + " || COALESCE((SELECT LISTAGG(CAST(session_id AS VARCHAR), ',') WITHIN GROUP (ORDER BY session_id)"
            + " FROM information_schema.sessions WHERE contains_uncommitted), '')";

    private final JdbcClient jdbc;
    private final String query;

    CommittedDataStamp(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.query = switch (DatabaseVendor.of(dataSource)) {
            case POSTGRESQL -> POSTGRESQL;
            case H2 -> H2;
            case OTHER -> null;
        };
    }

    /** The stamp of the data committed now, or empty where the database offers none (never cache then). */
    public Optional<String> current() {
        if (query == null) {
            return Optional.empty();
        }
        return jdbc.sql(query).query(String.class).optional();
    }
}
