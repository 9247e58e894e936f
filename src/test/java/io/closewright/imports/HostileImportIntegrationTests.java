package io.closewright.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Files an importer meets in the wild, and worse: each gets a clear problem+json answer naming what is
 * wrong, nothing of it is written, and nothing answers 500.
 */
@IntegrationTest
class HostileImportIntegrationTests {

    static final String HEADER = "id,name,account,owner,stage,amount,close date\n";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    Fixtures.Team team;
    Api admin;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        admin = team.admin().api();
    }

    @Test
    void aFileSplitByAnotherDelimiterIsRefusedNamingTheOneColumnItHas() {
        byte[] colons = new String(Uploads.bytes(Uploads.MAVEN.resolve("sales_pipeline.csv")), StandardCharsets.UTF_8)
                .replace(',', ':')
                .getBytes(StandardCharsets.UTF_8);

        Api.Response r = Uploads.csv(admin, "preset=maven", colons);

        assertProblem(r, 400, "file", "one column only");
        assertNothingImported();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedNamingThem() {
        Api.Response r =
                Uploads.csv(admin, "preset=generic", "name,amount\nBig deal,100\n".getBytes(StandardCharsets.UTF_8));

        assertProblem(r, 400, "file", "missing required columns: External id");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("Stage");
        assertNothingImported();
    }

    @Test
    void aFiftyMegabyteFileIsRefusedAsTooLarge() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        System.arraycopy(HEADER.getBytes(StandardCharsets.UTF_8), 0, big, 0, HEADER.length());

        Api.Response raw = Uploads.csv(admin, "preset=generic", big);
        Api.Response multipart = Uploads.post(admin, "preset=generic", Map.of("file", big));

        assertProblem(raw, 413, "file", "larger than 20 MB");
        assertProblem(multipart, 413, "file", "larger than 20 MB");
        assertNothingImported();
    }

    @Test
    void binaryDataIsRefusedAsNotText() {
        byte[] noise = new byte[4096];
        new Random(16).nextBytes(noise);

        assertProblem(Uploads.csv(admin, "preset=generic", noise), 400, "file", "not text");
        assertProblem(
                Uploads.post(admin, "preset=maven", Map.of("file", "opportunity_id\n".getBytes(), "products", noise)),
                400,
                "products",
                "not text");
        assertNothingImported();
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        assertProblem(Uploads.csv(admin, "preset=salesforce", new byte[0]), 400, "file", "empty");
        assertProblem(Uploads.csv(admin, "preset=salesforce", "\r\n\r\n".getBytes()), 400, "file", "empty");
        assertNothingImported();
    }

    @Test
    void unclosedQuotesAreRefusedAsInvalidCsv() {
        byte[] broken = (HEADER + "1,\"Never closed,Acme,,qualify,10,2026-12-20\n").getBytes(StandardCharsets.UTF_8);

        assertProblem(Uploads.csv(admin, "preset=generic", broken), 400, "file", "not valid CSV");
        assertNothingImported();
    }

    @Test
    void badRowsAreListedWithTheirLineAndTheGoodRowsImported() {
        String file = HEADER
                + "1,Good deal,Acme,,qualify,100,2026-12-20\n"
                + "2,Bad date,Acme,,qualify,100,20/20/2026\n"
                + "3,\"Multi\nline name\",Acme,,qualify,\"1,200.50\",12/24/2026\n"
                + "4,Bad amount,Acme,,qualify,lots,2026-12-20\n"
                + "5,Unknown stage,Acme,,Daydreaming,5,2026-12-20\n"
                + "1,Duplicate,Acme,,qualify,5,2026-12-20\n";

        Api.Response dry = Uploads.csv(admin, "preset=generic&dryRun=true", file.getBytes(StandardCharsets.UTF_8));

        assertThat(dry.status()).as(dry.text()).isEqualTo(200);
        assertThat(dry.json().get("rows").asInt()).isEqualTo(6);
        assertThat(dry.json().get("created").asInt()).isEqualTo(2);
        assertThat(dry.json().get("skipped").asInt()).isEqualTo(4);
        assertThat(errors(dry.json()))
                .containsExactly(
                        "3: close date '20/20/2026' is not a date (use 2017-03-01, 3/1/2017 or 2017-03-01 00:00:00)",
                        "6: amount 'lots' is not a number",
                        "7: stage 'Daydreaming' is not mapped to a stage; choose one for it",
                        "8: duplicate id '1' (first on line 2)");
        assertNothingImported();

        JsonNode done = Uploads.finished(
                admin,
                Uploads.csv(
                        admin, "preset=generic&stageMap=Daydreaming%3Dqualify", file.getBytes(StandardCharsets.UTF_8)));
        assertThat(done.get("created").asInt()).isEqualTo(3);
        assertThat(done.get("errorCount").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT amount FROM opportunity WHERE workspace_id = ? AND name = ?")
                        .params(team.workspace().id(), "Multi\nline name")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("1200.50");
    }

    @Test
    void onlyAdminsImportAndAnotherWorkspacesImportIsNotFound() {
        Api.Response rep = Uploads.csv(
                team.repA1().api(),
                "preset=generic&dryRun=true",
                (HEADER + "1,A,B,,qualify,1,2026-12-20\n").getBytes());
        assertThat(rep.status()).as(rep.text()).isEqualTo(403);

        JsonNode done = Uploads.finished(
                admin, Uploads.csv(admin, "preset=generic", (HEADER + "1,A,B,,qualify,1,2026-12-20\n").getBytes()));
        Fixtures.Team other = fixtures.team(port);
        Api.Response foreign =
                other.admin().api().get("/api/imports/" + done.get("id").asLong());
        assertThat(foreign.status()).as(foreign.text()).isEqualTo(404);
        assertThat(other.admin().api().get("/api/imports/999999999").status()).isEqualTo(404);
        assertProblem(Uploads.csv(admin, "preset=excel", "a\n".getBytes()), 400, "preset", "must be one of");
        assertProblem(
                Uploads.csv(admin, "preset=generic&stageMap=nonsense", "a\n".getBytes()),
                400,
                "stageMap",
                "Source=target");
        assertProblem(
                Uploads.csv(admin, "preset=generic&column.nonsense=x", "a\n".getBytes()),
                400,
                "column.nonsense",
                "not a field");
    }

    private static java.util.List<String> errors(JsonNode preview) {
        java.util.List<String> errors = new java.util.ArrayList<>();
        preview.get("errors")
                .forEach(e -> errors.add(
                        e.get("row").asInt() + ": " + e.get("message").asString()));
        return errors;
    }

    private static void assertProblem(Api.Response r, int status, String field, String message) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode body = r.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(body.get("errors").get(0).get("message").asString()).contains(message);
    }

    private void assertNothingImported() {
        long ws = team.workspace().id();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM opportunity WHERE workspace_id = ?")
                        .param(ws)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_job WHERE workspace_id = ?")
                        .param(ws)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
