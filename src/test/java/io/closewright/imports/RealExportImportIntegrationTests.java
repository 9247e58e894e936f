package io.closewright.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The real exports under {@code ../shared/data}, imported as they are. The Maven sample's figures come
 * from its README: 8,800 opportunities (Won 4,238, Lost 2,473, Engaging 1,589, Prospecting 500) of 30
 * sales agents under 6 managers, won total 10,005,534. The Salesforce export holds 31 opportunities, 18
 * of them Closed Won.
 */
@IntegrationTest
class RealExportImportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTheMavenSampleAndImportingItAgainCreatesNothing() {
        Fixtures.Team team = fixtures.team(port);
        Api admin = team.admin().api();

        Api.Response dry = Uploads.post(admin, "preset=maven&dryRun=true", Uploads.maven("sales_pipeline.csv"));
        assertThat(dry.status()).as(dry.text()).isEqualTo(200);
        assertThat(dry.json().get("rows").asInt()).isEqualTo(8800);
        assertThat(dry.json().get("created").asInt()).isEqualTo(8800);
        assertThat(dry.json().get("errorCount").asInt()).isZero();
        assertThat(dry.json().get("owners").size()).isEqualTo(30);
        assertThat(count(team, "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ?"))
                .isZero();

        JsonNode first =
                Uploads.finished(admin, Uploads.post(admin, "preset=maven", Uploads.maven("sales_pipeline.csv")));
        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("DONE");
        assertThat(first.get("created").asInt()).isEqualTo(8800);
        assertThat(first.get("processed").asInt()).isEqualTo(8800);
        assertMavenSample(team);

        JsonNode again =
                Uploads.finished(admin, Uploads.post(admin, "preset=maven", Uploads.maven("sales_pipeline.csv")));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(8800);
        JsonNode resaved = Uploads.finished(
                admin,
                Uploads.post(admin, "preset=maven", Uploads.maven("variants/sales_pipeline_excel_resaved_mdy.csv")));
        assertThat(resaved.get("created").asInt()).isZero();
        assertThat(resaved.get("updated").asInt()).isZero();
        assertMavenSample(team);
    }

    @Test
    void theSpreadsheetResavedVariantGivesTheSameResult() {
        Fixtures.Team team = fixtures.team(port);
        Api admin = team.admin().api();
        JsonNode done = Uploads.finished(
                admin,
                Uploads.post(admin, "preset=maven", Uploads.maven("variants/sales_pipeline_excel_resaved_mdy.csv")));
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("created").asInt()).isEqualTo(8800);
        assertMavenSample(team);
    }

    @Test
    void importsTheSalesforceExportWithItsStagesAmountsAndCloseDates() {
        Fixtures.Team team = fixtures.team(port);
        Api admin = team.admin().api();
        Map<String, byte[]> parts = new HashMap<>();
        parts.put("file", Uploads.bytes(Uploads.SALESFORCE.resolve("Opportunity.csv")));
        parts.put("accounts", Uploads.bytes(Uploads.SALESFORCE.resolve("Account.csv")));

        JsonNode done = Uploads.finished(admin, Uploads.post(admin, "preset=salesforce", parts));

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("created").asInt()).isEqualTo(31);
        assertThat(count(team, "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ?"))
                .isEqualTo(31);
        assertThat(
                        count(
                                team,
                                "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ? AND status = 'WON' AND stage_key = 'won'"))
                .isEqualTo(18);
        assertDeal(
                team, "0064600000J5S5mAAF", "United Oil Refinery Generators", "won", "915000.00", "2018-09-17", "WON");
        assertDeal(
                team,
                "0064600000J5S5YAAV",
                "United Oil Refinery Generators",
                "propose",
                "270000.00",
                "2018-09-24",
                "OPEN");
        assertDeal(
                team, "0064600000J5S5TAAV", "Dickenson Mobile Generators", "qualify", "15000.00", "2018-08-22", "OPEN");
        assertDeal(
                team,
                "0064600000J5S5UAAV",
                "United Oil Office Portable Generators",
                "negotiate",
                "125000.00",
                "2018-08-10",
                "OPEN");
        assertDeal(
                team,
                "0064600000J5S5XAAV",
                "Grand Hotels Kitchen Generator",
                "validate",
                "15000.00",
                "2018-07-01",
                "OPEN");
        assertDeal(
                team,
                "0064600000J5S5wAAF",
                "United Oil Plant Standby Generators",
                "discover",
                "675000.00",
                "2018-09-03",
                "OPEN");
        String account = jdbc.sql("SELECT a.name FROM opportunity o JOIN account a ON a.id = o.account_id"
                        + " JOIN import_record r ON r.record_id = o.id AND r.kind = 'OPPORTUNITY'"
                        + " WHERE r.workspace_id = ? AND r.external_id = '0064600000J5S5mAAF'")
                .param(team.workspace().id())
                .query(String.class)
                .single();
        assertThat(account).isEqualTo("United Oil & Gas Corp.");
        assertThat(jdbc.sql("SELECT SUM(amount) FROM opportunity WHERE workspace_id = ? AND status = 'WON'")
                        .param(team.workspace().id())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("3645000");
    }

    private void assertMavenSample(Fixtures.Team team) {
        assertThat(count(team, "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ?"))
                .isEqualTo(8800);
        assertThat(count(team, "SELECT COUNT(DISTINCT owner_id) FROM opportunity WHERE workspace_id = ?"))
                .isEqualTo(30);
        assertThat(count(team, "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ? AND status = 'WON'"))
                .isEqualTo(4238);
        assertThat(count(team, "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ? AND status = 'LOST'"))
                .isEqualTo(2473);
        assertThat(count(team, "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ? AND status = 'OPEN'"))
                .isEqualTo(2089);
        assertThat(jdbc.sql("SELECT SUM(amount) FROM opportunity WHERE workspace_id = ? AND status = 'WON'")
                        .param(team.workspace().id())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("10005534");
        assertThat(count(
                        team,
                        "SELECT COUNT(*) FROM opportunity WHERE workspace_id = ? AND status = 'OPEN' AND amount = 0"))
                .as("open deals are priced from products.csv")
                .isZero();
        assertThat(count(team, "SELECT COUNT(*) FROM app_user WHERE workspace_id = ? AND role = 'MANAGER'"))
                .as("the 6 managers of sales_teams.csv and the 2 of the fixture")
                .isEqualTo(8);
        assertThat(count(
                        team,
                        "SELECT COUNT(*) FROM app_user u JOIN app_user m ON m.id = u.manager_id"
                                + " WHERE u.workspace_id = ? AND u.role = 'REP' AND m.name = 'Dustin Brinkmann'"))
                .isEqualTo(
                        count(
                                team,
                                "SELECT COUNT(DISTINCT o.owner_id) FROM opportunity o JOIN app_user u ON u.id = o.owner_id"
                                        + " JOIN app_user m ON m.id = u.manager_id WHERE o.workspace_id = ? AND m.name = 'Dustin Brinkmann'"));
    }

    private void assertDeal(
            Fixtures.Team team,
            String externalId,
            String name,
            String stage,
            String amount,
            String closeDate,
            String status) {
        Map<String, Object> row = jdbc.sql(
                        "SELECT o.name, o.stage_key, o.amount, o.close_date, o.status FROM opportunity o"
                                + " JOIN import_record r ON r.record_id = o.id AND r.kind = 'OPPORTUNITY'"
                                + " WHERE r.workspace_id = ? AND r.source = 'salesforce' AND r.external_id = ?")
                .params(team.workspace().id(), externalId)
                .query()
                .singleRow();
        assertThat(row.get("name")).isEqualTo(name);
        assertThat(row.get("stage_key")).isEqualTo(stage);
        assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo(amount);
        assertThat(row.get("close_date").toString()).isEqualTo(closeDate);
        assertThat(row.get("status")).isEqualTo(status);
    }

    private long count(Fixtures.Team team, String sql) {
        return jdbc.sql(sql).param(team.workspace().id()).query(Long.class).single();
    }
}
