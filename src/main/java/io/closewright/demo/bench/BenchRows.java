package io.closewright.demo.bench;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes {@link RowBatch}es on the app's data source and reads back the ids the database gave. */
@Component
class BenchRows {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    BenchRows(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** A batch of {@code sql} with parameters of these {@link java.sql.Types}. */
    RowBatch batch(String sql, int... types) {
        return new RowBatch(jdbc, tx, sql, types);
    }

    /**
     * Refreshes the database's planner statistics ({@code ANALYZE}, the same statement on H2 and
     * PostgreSQL), as autovacuum would have over the months a real workspace takes to grow: without it
     * the planner sees empty tables and chooses plans no real workspace would get.
     */
    void analyze() {
        jdbc.execute("ANALYZE");
    }

    /** The ids a query answers, in its order: rows inserted one session after another get rising ids. */
    List<Long> ids(String sql, Object... args) {
        return jdbc.queryForList(sql, Long.class, args);
    }
}
