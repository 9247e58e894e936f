package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The board shows at most {@link PipelinePageController#CARDS_ON_BOARD} cards, a fair share per column,
 * soonest close date first; "show more" loads a column's next cards in place; counts and totals cover
 * every deal.
 */
@IntegrationTest
class BoardPagingIntegrationTests {

    private static final Pattern CARD = Pattern.compile("id=\"card-(\\d+)\"");
    private static final Pattern MORE = Pattern.compile("hx-get=\"(/pipeline/cards\\?[^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures.Team team;
    PageSession page;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        long account = Deals.account(team.repA1().api(), "Board Foods");
        insert(account, "qualify", 300, 1000);
        insert(account, "discover", 300, 2000);
        insert(account, "validate", 5, 3000);
        page = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/pipeline");
    }

    @Test
    void theBoardShowsAFairShareOfCardsAndTheTotalsOfEveryDeal() {
        String html = page.get("/pipeline").text();
        assertThat(count(CARD, html)).isEqualTo(PipelinePageController.CARDS_ON_BOARD);
        assertThat(cards(column(html, "validate"))).hasSize(5);
        assertThat(cards(column(html, "qualify"))).hasSize(98);
        assertThat(cards(column(html, "discover"))).hasSize(97);
        assertThat(column(html, "qualify")).contains("data-count=\"300\"").contains("data-total=\"300000");
        assertThat(column(html, "discover")).contains("data-count=\"300\"").contains("data-total=\"600000");
        assertThat(column(html, "validate")).contains("data-count=\"5\"").doesNotContain("Show more");
        assertThat(html).contains("605</span> open deals");
        assertThat(cards(column(html, "qualify"))).containsExactlyElementsOf(soonest("qualify", 0, 98));
    }

    @Test
    void aKeptBoardGivesWayToAChangeCommittedOutsideThisInstance() {
        String before = column(page.get("/pipeline").text(), "validate");
        assertThat(before).contains("data-count=\"5\"");
        assertThat(column(page.get("/pipeline").text(), "validate")).contains("data-count=\"5\"");

        // What another instance on the same database would do: a write that none of this one's code made.
        jdbc.update(
                "UPDATE opportunity SET stage_key = 'validate' WHERE id = ?",
                cards(column(page.get("/pipeline").text(), "qualify")).get(0));

        String after = page.get("/pipeline").text();
        assertThat(column(after, "validate")).contains("data-count=\"6\"");
        assertThat(column(after, "qualify")).contains("data-count=\"299\"");
    }

    @Test
    void showMoreLoadsTheRestOfAColumnInOrderWithALinkForBrowsersWithoutScript() {
        String qualify = column(page.get("/pipeline").text(), "qualify");
        assertThat(qualify)
                .contains("href=\"/opportunities?status=OPEN&stage=qualify&sort=CLOSE_DATE&dir=asc\"")
                .contains("Show more")
                .contains("(202 more)");
        Set<Long> seen = new LinkedHashSet<>(cards(qualify));
        String more = more(qualify);
        int loads = 0;
        while (more != null) {
            String next = page.get(more.replace("&amp;", "&")).text();
            List<Long> loaded = cards(next);
            assertThat(loaded).hasSizeLessThanOrEqualTo(PipelinePageController.MORE_CARDS);
            loaded.forEach(
                    id -> assertThat(seen.add(id)).as("card %d shown once", id).isTrue());
            more = more(next);
            loads++;
        }
        assertThat(loads).isEqualTo(5);
        assertThat(seen).containsExactlyElementsOf(soonest("qualify", 0, 300));
    }

    private void insert(long account, String stage, int deals, int amount) {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-25T09:00:00Z"));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < deals; i++) {
            rows.add(new Object[] {
                team.workspace().id(),
                stage + " deal " + i,
                account,
                team.repA1().id(),
                amount,
                stage,
                LocalDate.of(2027, 1, 1).plusDays((i * 7L) % 200),
                now,
                now
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO opportunity (workspace_id, name, account_id, owner_id, amount, currency, stage_key, close_date,"
                        + " forecast_category, status, close_date_pushes, version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, 'PIPELINE', 'OPEN', 0, 0, ?, ?)",
                rows);
    }

    private List<Long> soonest(String stage, int offset, int limit) {
        return jdbc.queryForList(
                "SELECT id FROM opportunity WHERE workspace_id = ? AND stage_key = ? AND status = 'OPEN'"
                        + " ORDER BY close_date, id LIMIT ? OFFSET ?",
                Long.class,
                team.workspace().id(),
                stage,
                limit,
                offset);
    }

    private static String column(String html, String stage) {
        int start = html.indexOf("id=\"column-" + stage + "\"");
        assertThat(start).as("column %s", stage).isPositive();
        int end = html.indexOf("<section class=\"cw-column\"", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    private static List<Long> cards(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = CARD.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static int count(Pattern pattern, String html) {
        return cards(html).size();
    }

    private static String more(String html) {
        Matcher m = MORE.matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
