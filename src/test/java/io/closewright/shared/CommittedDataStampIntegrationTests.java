package io.closewright.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.IntegrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stamp on the database under test: reads leave it as it is, a write changes it when it commits or
 * rolls back (H2 already while it is uncommitted; PostgreSQL only once it ends, as nothing else could see it
 * before). The writes go through a connection of their own, as another
 * instance's would.
 */
@IntegrationTest
class CommittedDataStampIntegrationTests {

    @Autowired
    CommittedDataStamp stamps;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void probeTable() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS data_stamp_probe (n INT)").update();
    }

    String stamp() {
        return stamps.current().orElseThrow();
    }

    @Test
    void readsLeaveTheStampAsItIs() {
        // Other tests' listeners may still be writing as this starts: one quiet read is what is asserted.
        boolean unchanged = false;
        for (int attempt = 0; attempt < 20 && !unchanged; attempt++) {
            String before = stamp();
            jdbc.sql("SELECT COUNT(*) FROM opportunity").query(Long.class).single();
            jdbc.sql("SELECT COUNT(*) FROM data_stamp_probe").query(Long.class).single();
            unchanged = before.equals(stamp());
        }
        assertThat(unchanged).isTrue();
    }

    /** How a write on a connection of its own ends: commit or roll back. */
    interface Ending {
        void end(Connection connection) throws SQLException;
    }

    /** The stamp read while a write of its own connection is in progress, before {@code ending} ends it. */
    String stampDuringAWriteThat(Ending ending) throws SQLException {
        String during;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeUpdate("INSERT INTO data_stamp_probe (n) VALUES (1)");
            }
            during = stamp();
            ending.end(other);
            other.setAutoCommit(true);
        }
        return during;
    }

    @Test
    void aWriteChangesTheStampWhenItCommits() throws Exception {
        String before = stamp();
        String during = stampDuringAWriteThat(Connection::commit);
        String after = stamp();
        assertThat(after)
                .as("before %s, during %s", before, during)
                .isNotEqualTo(during)
                .isNotEqualTo(before);
    }

    @Test
    void aRolledBackWriteChangesTheStampToo() throws Exception {
        String during = stampDuringAWriteThat(Connection::rollback);
        assertThat(stamp()).isNotEqualTo(during);
    }

    /**
     * The job scheduler's bookkeeping: H2's stamp leaves its table out, so a write there keeps what is kept;
     * PostgreSQL's stamp cannot tell tables apart, so the same write ends what is kept (ADR 0030). Any other
     * table counts on both.
     */
    @Test
    void theSchedulersBookkeepingLeavesTheStampOnH2AndMovesItOnPostgreSQL() {
        boolean h2 = DatabaseVendor.of(dataSource) == DatabaseVendor.H2;
        List<String> seen = new ArrayList<>();
        boolean unchangedOnce = false;
        boolean changedEachTime = true;
        for (int attempt = 0; attempt < 20 && !(h2 && unchangedOnce); attempt++) {
            String before = stamp();
            writeBookkeeping(attempt);
            String after = stamp();
            seen.add(before + " -> " + after);
            unchangedOnce |= before.equals(after);
            changedEachTime &= !before.equals(after);
        }
        if (h2) {
            // Other tests' listeners may still be writing as this starts: one quiet write is what is asserted.
            assertThat(unchangedOnce).as("%s", seen).isTrue();
        } else {
            assertThat(changedEachTime).as("%s", seen).isTrue();
        }

        String before = stamp();
        jdbc.sql("INSERT INTO data_stamp_probe (n) VALUES (2)").update();
        assertThat(stamp()).as("any other table still counts").isNotEqualTo(before);
    }

    /** A row of the scheduler's table added and taken away again, each in a transaction of its own. */
    private void writeBookkeeping(int attempt) {
        jdbc.sql("INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)"
                        + " VALUES ('stamp-probe', ?, ?, FALSE, 1)")
                .params(String.valueOf(attempt), Timestamp.from(Instant.now().plus(Duration.ofDays(365))))
                .update();
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = 'stamp-probe'").update();
    }
}
