package io.closewright.demo.bench;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One INSERT statement fed row by row and sent as JDBC batches of {@value #SIZE} rows, each batch its
 * own transaction. Not thread-safe; {@link #close()} sends what is left.
 */
final class RowBatch implements AutoCloseable {

    static final int SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final String sql;
    private final int[] types;
    private final List<Object[]> rows = new ArrayList<>(SIZE);
    private int written;

    RowBatch(JdbcTemplate jdbc, TransactionTemplate tx, String sql, int[] types) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.sql = sql;
        this.types = types;
    }

    /** Adds one row, values in the order of the statement's parameters (and of the types given). */
    void add(Object... values) {
        if (values.length != types.length) {
            throw new IllegalArgumentException("expected " + types.length + " values, got " + values.length);
        }
        rows.add(values);
        if (rows.size() == SIZE) {
            flush();
        }
    }

    /** Rows written so far, including those still waiting for their batch. */
    int count() {
        return written + rows.size();
    }

    @Override
    public void close() {
        flush();
    }

    private void flush() {
        if (rows.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> jdbc.batchUpdate(sql, rows, types));
        written += rows.size();
        rows.clear();
    }
}
