package io.closewright.focus;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The private calendar feed, today Tue 1 Dec 2026: a deal closing Fri 18 Dec with a plan a(2) -> b(3)
 * has b due Fri 18 (starting Wed 16) and a due Tue 15 Dec, their checkups on Wed 16 and Fri 11 Dec.
 */
@IntegrationTest
class CalendarFeedIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    Api rep;
    long deal;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
        long account = Deals.account(rep, "Feed Co");
        deal = rep.post("/api/opportunities", Deals.deal(account, "Feed deal", "2026-12-18"))
                .id();
        rep.put(
                "/api/opportunities/" + deal + "/plan",
                Map.of(
                        "steps",
                        List.of(
                                Map.of(
                                        "key",
                                        "a",
                                        "title",
                                        "Demo, with; commas",
                                        "owner",
                                        "SELLER",
                                        "durationDays",
                                        2,
                                        "dependsOn",
                                        List.of()),
                                Map.of(
                                        "key",
                                        "b",
                                        "title",
                                        "Sign",
                                        "owner",
                                        "BUYER",
                                        "durationDays",
                                        3,
                                        "dependsOn",
                                        List.of("a")))),
                null);
        rep.post("/api/tasks", Map.of("title", "Send the recap", "dueDate", "2026-12-03", "opportunityId", deal));
        Api other = team.repA2().api();
        other.post("/api/tasks", Map.of("title", "Someone else's", "dueDate", "2026-12-03"));
    }

    String feedPath(Api api) {
        return URI.create(api.get("/api/me").json().get("calendarUrl").asString())
                .getPath();
    }

    @Test
    void theFeedParsesAndHoldsExactlyTheUsersItems() throws Exception {
        Api.Response feed = team.anonymous().get(feedPath(rep));
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.text()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT).stream()
                .map(c -> (VEvent) c)
                .toList();
        Set<String> uids = events.stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .collect(Collectors.toSet());
        String host = "@localhost";
        assertThat(uids).hasSize(5).allMatch(u -> u.endsWith(host));
        assertThat(uids)
                .contains(
                        "step-" + deal + "-a" + host,
                        "step-" + deal + "-b" + host,
                        "checkup-" + deal + "-a" + host,
                        "checkup-" + deal + "-b" + host);
        Map<String, LocalDate> starts = events.stream()
                .collect(Collectors.toMap(
                        e -> e.getProperty(Property.UID).orElseThrow().getValue(),
                        e -> (LocalDate) e.getDateTimeStart().getDate()));
        assertThat(starts.get("step-" + deal + "-a" + host)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(starts.get("checkup-" + deal + "-a" + host)).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(feed.text()).contains("DTSTART;VALUE=DATE:20261215", "DTEND;VALUE=DATE:20261216", "DTSTAMP:");
        assertThat(feed.text()).contains("Demo\\, with\\; commas").doesNotContain("Someone else's");
        assertThat(events).allMatch(e -> e.getProperty(Property.DTSTAMP).isPresent());
    }

    @Test
    void aWrongOrRegeneratedSecretIsA404() {
        String old = feedPath(rep);
        assertThat(team.anonymous().get("/calendar/" + "0".repeat(40) + ".ics").status())
                .isEqualTo(404);
        assertThat(team.anonymous().get("/calendar/not-a-secret.ics").status()).isEqualTo(404);
        Api.Response renewed = rep.post("/api/me/calendar-secret", Map.of());
        assertThat(renewed.status()).as(renewed.text()).isEqualTo(200);
        String fresh = URI.create(renewed.json().get("calendarUrl").asString()).getPath();
        assertThat(fresh).isNotEqualTo(old).isEqualTo(feedPath(rep));
        assertThat(team.anonymous().get(old).status()).isEqualTo(404);
        assertThat(team.anonymous().get(fresh).status()).isEqualTo(200);
    }
}
