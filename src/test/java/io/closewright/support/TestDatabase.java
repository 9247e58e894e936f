package io.closewright.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database an integration test run uses, chosen by the system property {@code closewright.test.db}:
 * {@code h2} (default; a fresh file database under {@code target/}) or {@code postgres} (a fresh database
 * created on the server for this run and dropped at its end, so leftovers never matter).
 *
 * <p>PostgreSQL is found at {@code 127.0.0.1:5432} as user {@code postgres} unless
 * {@code CLOSEWRIGHT_TEST_PG_HOST}, {@code _PORT}, {@code _USER} or {@code _PASSWORD} say otherwise. When it
 * cannot be reached the run fails with a message saying how to start it: it is never skipped.
 */
public final class TestDatabase {

    /** Stale after this long: a run's database older than this is a leftover, whatever its connections. */
    private static final long LEFTOVER_AFTER_SECONDS = 6 * 3600;

    private static final String NAME = "cw_it_" + System.currentTimeMillis() / 1000 + "_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private static volatile TestDatabase current;

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (current == null) {
            current = isPostgres() ? createPostgres() : createH2();
        }
        return current;
    }

    public static boolean isPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("closewright.test.db", "h2"));
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static TestDatabase createH2() {
        String dir = System.getProperty("user.dir") + "/target/h2-test/" + NAME;
        return new TestDatabase(
                "jdbc:h2:file:" + dir
                        + "/closewright;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "");
    }

    private static TestDatabase createPostgres() {
        String host = env("CLOSEWRIGHT_TEST_PG_HOST", "127.0.0.1");
        String port = env("CLOSEWRIGHT_TEST_PG_PORT", "5432");
        String user = env("CLOSEWRIGHT_TEST_PG_USER", "postgres");
        String password = env("CLOSEWRIGHT_TEST_PG_PASSWORD", "");
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, user, password);
                Statement s = c.createStatement()) {
            dropLeftovers(c);
            s.execute("CREATE DATABASE " + NAME);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL tests need a server at " + host + ":" + port + " (user " + user + ")."
                            + " Start it (for example: pg_ctlcluster --skip-systemctl-redirect 15 main start) or point"
                            + " CLOSEWRIGHT_TEST_PG_HOST/_PORT/_USER/_PASSWORD at one. Cause: " + e.getMessage(),
                    e);
        }
        return new TestDatabase("jdbc:postgresql://" + host + ":" + port + "/" + NAME, user, password);
    }

    /**
     * Drops the databases of earlier runs: those nobody is connected to that were made more than
     * {@link #LEFTOVER_AFTER_SECONDS} ago (the creation time is in the name), so that runs going on at the
     * same time on one server, whose pools may not have connected yet, keep theirs.
     */
    private static void dropLeftovers(Connection c) throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Statement s = c.createStatement();
                java.sql.ResultSet rs =
                        s.executeQuery("SELECT d.datname FROM pg_database d WHERE d.datname LIKE 'cw\\_it\\_%'"
                                + " AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)")) {
            long now = System.currentTimeMillis() / 1000;
            while (rs.next()) {
                String name = rs.getString(1);
                if (now - createdAt(name) > LEFTOVER_AFTER_SECONDS) {
                    names.add(name);
                }
            }
        }
        for (String name : names) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            } catch (SQLException e) {
                System.err.println("Left the database " + name + " in place: " + e.getMessage());
            }
        }
    }

    /** When a run's database was made, from its name {@code cw_it_<epoch seconds>_<random>}; 0 if unknown. */
    static long createdAt(String name) {
        String[] parts = name.split("_");
        if (parts.length == 4) {
            try {
                return Long.parseLong(parts[2]);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
