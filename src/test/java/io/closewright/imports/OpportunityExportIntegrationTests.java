package io.closewright.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CSV export: only the deals the caller may see, the list's filters, a header and every field, and
 * texts a spreadsheet would run as formulas written as text.
 */
@IntegrationTest
class OpportunityExportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        Api repA1 = team.repA1().api();
        long account = Deals.account(repA1, "=HYPERLINK(\"http://evil.example\")");
        repA1.post("/api/opportunities", Deals.deal(account, "=cmd|' /C calc'!A0", "2026-12-18"));
        long plain = repA1.post("/api/opportunities", Deals.deal(account, "Plain, \"quoted\" déal", "2027-01-29"))
                .id();
        Api.Response won = repA1.post("/api/opportunities/" + plain + "/close", Map.of("outcome", "WON"));
        assertThat(won.status()).as(won.text()).isEqualTo(200);
        Api repB1 = team.repB1().api();
        repB1.post("/api/opportunities", Deals.deal(Deals.account(repB1, "Other team Co"), "@SUM(A1)", "2026-12-18"));
    }

    @Test
    void exportsWhatTheCallerMaySeeWithEveryFieldAndFormulasDefused() throws IOException {
        Api.Response r = team.repA1().api().get("/api/opportunities.csv");

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        List<CSVRecord> rows = parse(r.text());
        assertThat(rows.get(0).toList()).isEqualTo(DealExport.HEADER);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get("name")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(1).get("account")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(rows.get(1).get("close_date")).isEqualTo("2026-12-18");
        assertThat(rows.get(1).get("status")).isEqualTo("OPEN");
        assertThat(rows.get(2).get("name")).isEqualTo("Plain, \"quoted\" déal");
        assertThat(r.text()).doesNotContain("@SUM");

        List<CSVRecord> managerB =
                parse(team.managerB().api().get("/api/opportunities.csv").text());
        assertThat(managerB).hasSize(2);
        assertThat(managerB.get(1).get("name")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void filtersAsTheListDoes() throws IOException {
        Api admin = team.admin().api();
        assertThat(parse(admin.get("/api/opportunities.csv").text())).hasSize(4);
        assertThat(parse(admin.get(
                                "/api/opportunities.csv?ownerId=" + team.repB1().id())
                        .text()))
                .hasSize(2);
        assertThat(parse(admin.get("/api/opportunities.csv?closingFrom=2027-01-01")
                        .text()))
                .hasSize(2);
        assertThat(parse(admin.get("/api/opportunities.csv?status=WON").text())).hasSize(2);
        Api.Response bad = admin.get("/api/opportunities.csv?status=MAYBE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");

        PageSession page = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/opportunities");
        PageSession.Response open = page.get("/opportunities/export.csv");
        assertThat(open.status()).isEqualTo(200);
        assertThat(parse(open.text()))
                .as("open deals, as the list shows by default")
                .hasSize(2);
        assertThat(parse(
                        page.get("/opportunities/export.csv?q=plain&status=WON").text()))
                .hasSize(2);
        assertThat(parse(page.get("/opportunities/export.csv?q=plain").text())).hasSize(1);
        assertThat(page.get("/opportunities").text()).contains("href=\"/opportunities/export.csv?");
    }

    @Test
    void aLargeExportStreamsEveryRowOnce() throws IOException {
        Api admin = team.admin().api();
        int deals = 1_750;
        StringBuilder file = new StringBuilder("id,name,account,owner,stage,amount,close date\n");
        for (int i = 1; i <= deals; i++) {
            file.append("big-")
                    .append(i)
                    .append(",Deal ")
                    .append(i)
                    .append(",Big Co ")
                    .append(i % 40)
                    .append(',')
                    .append(team.admin().user().email())
                    .append(",qualify,")
                    .append(i)
                    .append(",2027-06-30\n");
        }
        tools.jackson.databind.JsonNode done = Uploads.finished(
                admin,
                Uploads.csv(
                        admin,
                        "preset=generic&source=big",
                        file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(done.get("created").asInt()).as(done.toString()).isEqualTo(deals);

        List<CSVRecord> rows =
                parse(admin.get("/api/opportunities.csv?q=Deal%20&sort=AMOUNT").text());

        assertThat(rows).hasSize(deals + 1);
        List<String> names =
                rows.subList(1, rows.size()).stream().map(r -> r.get("name")).toList();
        assertThat(names).doesNotHaveDuplicates().contains("Deal 1", "Deal 500", "Deal 501", "Deal 1750");
        List<Integer> amounts = rows.subList(1, rows.size()).stream()
                .map(r -> new java.math.BigDecimal(r.get("amount")).intValue())
                .toList();
        assertThat(amounts).isSorted();
    }

    /** The header record, then the data records by column name. */
    private static List<CSVRecord> parse(String csv) throws IOException {
        List<CSVRecord> rows = new ArrayList<>();
        try (CSVParser plain = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            plain.stream().findFirst().ifPresent(rows::add);
        }
        try (CSVParser named = CSVParser.parse(
                new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().get())) {
            rows.addAll(named.getRecords());
        }
        return rows;
    }
}
