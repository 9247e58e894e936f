package io.closewright.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Today page, today Tue 1 Dec 2026. */
@IntegrationTest
class TodayPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    long deal;
    long task;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        Api rep = team.repA1().api();
        deal = Deals.open(rep, "Page deal").id();
        task = rep.post(
                        "/api/tasks",
                        Map.of("title", "Book the demo room", "dueDate", "2026-12-01", "opportunityId", deal))
                .id();
    }

    PageSession as(Fixtures.Member member) {
        return PageSession.signIn(port, member.user().email(), Fixtures.PASSWORD, "/today");
    }

    @Test
    void signInLandsOnTodayWithTheRankedList() {
        PageSession rep = as(team.repA1());
        assertThat(rep.get("/").location()).endsWith("/today");
        PageSession.Response page = rep.get("/today");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Book the demo room", "Page deal", "your task", "id=\"focus-1\"");
    }

    @Test
    void theListShowsAPageOfItemsAtATimeWithAllCounted() {
        Api api = team.repA1().api();
        for (int n = 1; n <= TodayPageController.ITEMS_PER_PAGE; n++) {
            api.post("/api/tasks", Map.of("title", "Paged task " + n, "dueDate", "2026-12-01"));
        }
        int all = TodayPageController.ITEMS_PER_PAGE + 1;
        PageSession rep = as(team.repA1());
        String first = rep.get("/today").text();
        assertThat(first)
                .contains("id=\"focus-" + TodayPageController.ITEMS_PER_PAGE + "\"", "id=\"focus-more\"")
                .contains("Showing the first " + TodayPageController.ITEMS_PER_PAGE + " of " + all)
                .contains("href=\"/today?shown=" + 2 * TodayPageController.ITEMS_PER_PAGE + "\"")
                .doesNotContain("id=\"focus-" + all + "\"");
        String more = rep.get("/today?shown=" + 2 * TodayPageController.ITEMS_PER_PAGE)
                .text();
        assertThat(more).contains("id=\"focus-" + all + "\"").doesNotContain("id=\"focus-more\"");
        assertThat(rep.get("/today?shown=lots").status()).isEqualTo(200);
    }

    @Test
    void completingATaskTakesItOffTheList() {
        PageSession rep = as(team.repA1());
        PageSession.Response done = rep.post("/today/tasks/" + task + "/done", Map.of());
        assertThat(done.status()).isEqualTo(302);
        PageSession.Response page = rep.get("/today");
        assertThat(page.text()).contains("Done: Book the demo room").contains("Nothing needs you right now");
        assertThat(page.text()).doesNotContain("action=\"/today/tasks/" + task + "/done\"");
    }

    @Test
    void aSnoozedTaskWaitsAndADeletedOneIsGone() {
        PageSession rep = as(team.repA1());
        assertThat(rep.post("/today/tasks/" + task + "/snooze", Map.of("until", "2026-12-02"))
                        .status())
                .isEqualTo(302);
        PageSession.Response page = rep.get("/today");
        assertThat(page.text())
                .contains("comes back on 2026-12-02")
                .doesNotContain("action=\"/today/tasks/" + task + "/done\"");
        assertThat(rep.post("/today/tasks/" + task + "/snooze", Map.of("until", "2026-11-30"))
                        .status())
                .isEqualTo(302);
        assertThat(rep.get("/today").text()).contains("snooze to a day after today");
        assertThat(rep.post("/today/tasks/" + task + "/delete", Map.of()).status())
                .isEqualTo(302);
        assertThat(team.repA1().api().get("/api/tasks/" + task).status()).isEqualTo(404);
    }

    @Test
    void aRefusedTaskKeepsWhatWasTypedAndSaysWhy() {
        PageSession rep = as(team.repA1());
        PageSession.Response page = rep.post(
                "/today/tasks", Map.of("title", "   ", "dueDate", "2026-12-04", "opportunityId", String.valueOf(deal)));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Say what is to be done", "value=\"2026-12-04\"");
        PageSession.Response foreign = rep.post(
                "/today/tasks",
                Map.of(
                        "title",
                        "Sneak",
                        "dueDate",
                        "2026-12-04",
                        "opportunityId",
                        String.valueOf(
                                Deals.open(team.repB1().api(), "Other team").id())));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.text()).contains("value=\"Sneak\"", "Choose one of the open deals listed");
        assertThat(team.repA1().api().get("/api/tasks").json()).hasSize(1);
    }

    @Test
    void aManagerOpensARepsTodayAndOthersGet404() {
        PageSession manager = as(team.managerA());
        PageSession.Response page = manager.get("/today?rep=" + team.repA1().id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Today for " + team.repA1().user().name(), "Book the demo room");
        assertThat(as(team.managerB()).get("/today?rep=" + team.repA1().id()).status())
                .isEqualTo(404);
        assertThat(as(team.repA2()).get("/today?rep=" + team.repA1().id()).status())
                .isEqualTo(404);
        assertThat(manager.get("/today?rep=abc").status()).isEqualTo(404);
        assertThat(as(team.repA2())
                        .post("/today/tasks/" + task + "/done", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(team.repA1()
                        .api()
                        .get("/api/tasks/" + task)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");
    }

    @Test
    void theCalendarFeedPageShowsAndRenewsTheAddress() {
        PageSession rep = as(team.repA1());
        String before = rep.get("/profile/calendar").text();
        assertThat(before).contains("/calendar/", ".ics");
        assertThat(rep.post("/profile/calendar/regenerate", Map.of()).status()).isEqualTo(302);
        String after = rep.get("/profile/calendar").text();
        assertThat(after).contains("the old one no longer works");
        assertThat(team.repA1().api().get("/api/me").json().get("calendarUrl").asString())
                .isNotBlank();
    }
}
