package io.closewright.nurture;

import static io.closewright.nurture.NurtureDeals.campaign;
import static io.closewright.nurture.NurtureDeals.dealWithContacts;
import static io.closewright.nurture.NurtureDeals.nurture;
import static io.closewright.nurture.NurtureDeals.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.closewright.shared.NoticeRaised;
import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import io.closewright.support.RecordedNotices;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An enrolled contact who comes back (a reply logged as an email, a call) suggests reviving the deal to
 * its owner: a {@code nurture-reply} notice and a suggestion on the deal page, once per activity.
 * Activities with people not in the drip, or on open deals, suggest nothing.
 */
@IntegrationTest
class NurtureRevivalIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RecordedNotices notices;

    @Test
    void aReplyFromAnEnrolledContactSuggestsRevivalToTheOwner() {
        Fixtures.Team team = fixtures.team(port);
        Api rep = team.repA1().api();
        long campaign = campaign(team.managerA().api(), "Replies");
        NurtureDeals.Deal deal = dealWithContacts(rep, "Replying deal", unique("gus"), unique("hal"));
        NurtureDeals.Deal open = dealWithContacts(rep, "Open deal", unique("ivy"));
        assertThat(nurture(rep, deal.id(), campaign, "Later").status()).isEqualTo(200);

        Api.Response reply = rep.post(
                "/api/opportunities/" + deal.id() + "/activities",
                Map.of(
                        "type",
                        "EMAIL",
                        "subject",
                        "Re: Still thinking about it?",
                        "contactIds",
                        List.of(deal.contactIds().get(0))));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        rep.post(
                "/api/opportunities/" + open.id() + "/activities",
                Map.of(
                        "type",
                        "CALL",
                        "subject",
                        "Intro",
                        "contactIds",
                        List.of(open.contactIds().get(0))));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !suggestions(rep, deal.id()).isEmpty());
        JsonNode suggestion = suggestions(rep, deal.id()).get(0);
        assertThat(suggestion.get("contactName").asString()).isEqualTo("Contact0 Buyer");
        assertThat(suggestion.get("summary").asString()).contains("Re: Still thinking about it?");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !notices.about(deal.id()).isEmpty());
        NoticeRaised notice = notices.about(deal.id()).get(0);
        assertThat(notice.kind()).isEqualTo("nurture-reply");
        assertThat(notice.recipientId()).isEqualTo(team.repA1().id());
        assertThat(notice.link()).isEqualTo("/opportunities/" + deal.id());
        assertThat(notice.dedupKey()).isNotBlank();
        assertThat(notices.about(deal.id())).hasSize(1);
        assertThat(notices.about(open.id())).isEmpty();

        PageSession page = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/pipeline");
        assertThat(page.get("/opportunities/" + deal.id() + "/nurture-section").text())
                .contains("Contact0 Buyer came back")
                .contains("consider reviving it");
    }

    private static JsonNode suggestions(Api rep, long deal) {
        return rep.get("/api/opportunities/" + deal + "/nurture").json().get("suggestions");
    }
}
