package io.closewright.imports;

import io.closewright.ClosewrightApplication;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.NewUser;
import io.closewright.identity.Role;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.identity.WorkspaceInfo;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import speed against its limit, on H2 and on PostgreSQL in the same run (see bench/README.md). For each
 * database it starts the application on a fresh database and, per round, in a fresh workspace: imports
 * the 8,800-row Maven sample read in place from {@code ../shared/data} through the real import path
 * ({@link ImportManagement#queue} then {@link ImportWorker#run}: analysis, owners, accounts, batches),
 * then batch-inserts the same rows with raw JDBC (batches of 1,000, one transaction) into the same
 * tables: {@code opportunity} and the {@code import_record} row that remembers each. Prints rows/s of each
 * and the ratio; the first round only warms up. Not a test: no duration is asserted anywhere.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.mainClass=io.closewright.imports.ImportSpeedBenchmark
 * -Dexec.classpathScope=test} (optional argument: measured rounds, default 3).
 */
public final class ImportSpeedBenchmark {

    private static final Path MAVEN = Path.of("..", "shared", "data", "maven-crm-sales-opportunities");

    private ImportSpeedBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        byte[] pipeline = Files.readAllBytes(MAVEN.resolve("sales_pipeline.csv"));
        List<String[]> rows = rows(pipeline);
        System.out.printf(
                "Maven sample: %,d rows; %d measured rounds per database after one warm-up%n", rows.size(), rounds);
        String stamp = String.valueOf(System.currentTimeMillis() / 1000);
        String h2 = "jdbc:h2:file:" + Path.of("target", "bench-import", stamp).toAbsolutePath()
                + "/closewright;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        run("H2", h2, "sa", pipeline, rows, rounds);
        String pgName = "cw_bench_import_" + stamp;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + pgName);
        }
        try {
            run("PostgreSQL", "jdbc:postgresql://127.0.0.1:5432/" + pgName, "postgres", pipeline, rows, rounds);
        } finally {
            try (Connection c =
                            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + pgName);
            }
        }
        System.exit(0); // the test tree's mail server keeps a thread that would hold exec:java open
    }

    private static void run(String label, String url, String user, byte[] pipeline, List<String[]> rows, int rounds)
            throws Exception {
        Map<String, Object> settings = Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", user,
                "spring.datasource.password", "",
                "server.port", "0",
                "closewright.jobs.auto-start", "false",
                "logging.level.root", "WARN",
                "logging.level.io.closewright", "WARN");
        // The test tree's TestDatabaseInitializer (META-INF/spring.factories) points every context at the
        // test database; this initializer runs after it and puts the benchmark's database first again.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ClosewrightApplication.class)
                .initializers(new OwnDatabase(settings))
                .run()) {
            String used = app.getEnvironment().getProperty("spring.datasource.url");
            if (!url.equals(used)) {
                throw new IllegalStateException("the benchmark runs on " + used + ", not " + url);
            }
            IdentityManagement identity = app.getBean(IdentityManagement.class);
            ImportManagement imports = app.getBean(ImportManagement.class);
            ImportWorker worker = app.getBean(ImportWorker.class);
            DataSource data = app.getBean(DataSource.class);
            List<Double> importRates = new ArrayList<>();
            List<Double> limitRates = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                Viewer admin = workspace(identity, "import-" + round);
                long start = System.nanoTime();
                long job = imports.queue(admin, request(pipeline, MAVEN));
                if (!worker.run(job) || imports.job(admin, job).created() != rows.size()) {
                    throw new IllegalStateException("the import did not create every row: " + imports.job(admin, job));
                }
                double importSeconds = (System.nanoTime() - start) / 1e9;
                Viewer raw = workspace(identity, "raw-" + round);
                double rawSeconds = rawInsert(data, raw, rows);
                if (round > 0) {
                    importRates.add(rows.size() / importSeconds);
                    limitRates.add(rows.size() / rawSeconds);
                }
                System.out.printf(
                        "%s round %d%s: import %.2f s (%,.0f rows/s); raw JDBC batch insert %.3f s (%,.0f rows/s); ratio %.1f%%%n",
                        label,
                        round,
                        round == 0 ? " (warm-up)" : "",
                        importSeconds,
                        rows.size() / importSeconds,
                        rawSeconds,
                        rows.size() / rawSeconds,
                        100 * rawSeconds / importSeconds);
            }
            double importRate = median(importRates);
            double limitRate = median(limitRates);
            System.out.printf(
                    "%s median: import %,.0f rows/s (%.2f s for %,d rows); limit %,.0f rows/s; ratio %.1f%%%n",
                    label, importRate, rows.size() / importRate, rows.size(), limitRate, 100 * importRate / limitRate);
        }
    }

    /** Puts the benchmark's settings before every other property source, after the test initializer. */
    private record OwnDatabase(Map<String, Object> settings)
            implements org.springframework.context.ApplicationContextInitializer<ConfigurableApplicationContext>,
                    org.springframework.core.Ordered {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new org.springframework.core.env.MapPropertySource("import-benchmark", settings));
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }
    }

    private static ImportRequest request(byte[] pipeline, Path dir) throws IOException {
        return new ImportRequest(
                Preset.MAVEN,
                null,
                "sales_pipeline.csv",
                pipeline,
                Files.readAllBytes(dir.resolve("products.csv")),
                Files.readAllBytes(dir.resolve("sales_teams.csv")),
                Files.readAllBytes(dir.resolve("accounts.csv")),
                Map.of(),
                Map.of(),
                Map.of());
    }

    private static Viewer workspace(IdentityManagement identity, String name) {
        WorkspaceInfo ws = identity.createWorkspace("bench " + name, "USD", "UTC");
        UserView admin = identity.createUser(
                ws.id(),
                new NewUser(
                        "admin." + name + "." + ws.id() + "@bench.invalid",
                        "Bench Admin",
                        "bench-password-1",
                        Role.ADMIN,
                        null));
        return new Viewer(admin.id(), ws.id(), Role.ADMIN);
    }

    /**
     * The limit: the same rows, already split, batch-inserted as deals of one account and owner, each
     * with its import record, in batches of 1,000 in one transaction; answers the seconds taken.
     */
    private static double rawInsert(DataSource data, Viewer admin, List<String[]> rows) throws Exception {
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            long account;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO account (workspace_id, name, owner_id, version, created_at) VALUES (?, 'Raw', ?, 0, ?)",
                    new String[] {"id"})) {
                ps.setLong(1, admin.workspaceId());
                ps.setLong(2, admin.userId());
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    account = keys.getLong(1);
                }
            }
            c.commit();
            long start = System.nanoTime();
            try (PreparedStatement deal = c.prepareStatement(
                            "INSERT INTO opportunity (workspace_id, name, account_id, owner_id, amount, currency,"
                                    + " stage_key, close_date, forecast_category, status, close_date_pushes, closed_on,"
                                    + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, 0, ?, 1, ?, ?)",
                            new String[] {"id"});
                    PreparedStatement record = c.prepareStatement(
                            "INSERT INTO import_record (workspace_id, source, kind, external_id, record_id, fingerprint)"
                                    + " VALUES (?, 'maven', 'OPPORTUNITY', ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int from = 0; from < rows.size(); from += 1000) {
                    List<String[]> batch = rows.subList(from, Math.min(rows.size(), from + 1000));
                    for (String[] r : batch) {
                        boolean won = r[4].equals("Won");
                        boolean closed = won || r[4].equals("Lost");
                        LocalDate close = r[6].isEmpty() ? LocalDate.of(2018, 1, 1) : LocalDate.parse(r[6]);
                        deal.setLong(1, admin.workspaceId());
                        deal.setString(2, r[2] + " for " + r[3]);
                        deal.setLong(3, account);
                        deal.setLong(4, admin.userId());
                        deal.setBigDecimal(5, r[7].isEmpty() ? BigDecimal.ZERO : new BigDecimal(r[7]));
                        deal.setString(6, won ? "won" : closed ? "lost" : "discover");
                        deal.setObject(7, close);
                        deal.setString(8, won ? "CLOSED" : closed ? "OMITTED" : "PIPELINE");
                        deal.setString(9, won ? "WON" : closed ? "LOST" : "OPEN");
                        deal.setObject(10, closed ? close : null);
                        deal.setTimestamp(11, now);
                        deal.setTimestamp(12, now);
                        deal.addBatch();
                    }
                    deal.executeBatch();
                    int i = 0;
                    try (var keys = deal.getGeneratedKeys()) {
                        while (keys.next()) {
                            String[] r = batch.get(i++);
                            record.setLong(1, admin.workspaceId());
                            record.setString(2, r[0]);
                            record.setLong(3, keys.getLong(1));
                            record.setString(4, ImportPlanner.fingerprint(r));
                            record.addBatch();
                        }
                    }
                    record.executeBatch();
                }
            }
            c.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static List<String[]> rows(byte[] pipeline) {
        List<String[]> rows = new ArrayList<>();
        String[] lines = new String(pipeline, StandardCharsets.UTF_8).split("\r?\n");
        for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            if (!line.isBlank()) {
                rows.add(Arrays.copyOf(line.split(",", -1), 8));
            }
        }
        return rows;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
