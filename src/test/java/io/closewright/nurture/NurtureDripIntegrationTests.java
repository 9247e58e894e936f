package io.closewright.nurture;

import static io.closewright.nurture.NurtureDeals.campaign;
import static io.closewright.nurture.NurtureDeals.dealWithContacts;
import static io.closewright.nurture.NurtureDeals.nurture;
import static io.closewright.nurture.NurtureDeals.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import io.closewright.support.TestClock;
import io.closewright.support.TestMail;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.JsonNode;

/**
 * Drip emails over real SMTP (GreenMail) with the test clock, on H2 and PostgreSQL. A campaign sends at
 * once, two days later and a week later, from 09:00; today is Tue 1 Dec 2026, 09:00 UTC.
 */
@IntegrationTest
class NurtureDripIntegrationTests {

    static final Instant DAY_0 = TestClock.START;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    DripSender sender;

    @Autowired
    DripMessages messages;

    @Autowired
    OutgoingEmails outgoing;

    @Autowired
    NurtureSettings settings;

    @Autowired
    JdbcClient jdbc;

    Fixtures.Team team;
    Api rep;
    long campaign;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
        campaign = campaign(team.managerA().api(), "Drip");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void dripEmailsArriveOnTheirDaysOnceEachWithTheirPlaceholdersFilledIn() throws Exception {
        String ann = unique("ann");
        NurtureDeals.Deal deal = dealWithContacts(rep, "Drip deal", ann);
        assertThat(nurture(rep, deal.id(), campaign, "Next year").status()).isEqualTo(200);

        sendAt(DAY_0);
        sendAt(DAY_0);
        assertThat(TestMail.receivedBy(ann)).hasSize(1);
        sendAt(DAY_0.plus(Duration.ofDays(1)));
        sendAt(DAY_0.plus(Duration.ofDays(2)).minusSeconds(60));
        assertThat(TestMail.receivedBy(ann)).hasSize(1);
        sendAt(DAY_0.plus(Duration.ofDays(2)));
        sendAt(DAY_0.plus(Duration.ofDays(2)));
        assertThat(TestMail.receivedBy(ann)).hasSize(2);
        sendAt(DAY_0.plus(Duration.ofDays(6)));
        assertThat(TestMail.receivedBy(ann)).hasSize(2);
        sendAt(DAY_0.plus(Duration.ofDays(7)));
        sendAt(DAY_0.plus(Duration.ofDays(20)));
        List<MimeMessage> mail = TestMail.receivedBy(ann);
        assertThat(mail).hasSize(3);

        MimeMessage first = mail.get(0);
        assertThat(first.getSubject()).isEqualTo("Still thinking about Drip deal?");
        String body = first.getContent().toString();
        assertThat(body)
                .contains("Hi Contact0,")
                .contains(team.repA1().user().name())
                .contains("/unsubscribe/");
        assertThat(((InternetAddress) first.getReplyTo()[0]).getAddress())
                .isEqualTo(team.repA1().user().email());
        assertThat(first.getHeader("List-Unsubscribe")[0]).matches("<http://.+/unsubscribe/\\d+\\.[A-Za-z0-9_-]+>");
        assertThat(first.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.get(1).getSubject()).isEqualTo("A case study for Drip deal Corp");
        JsonNode emails = enrolment(deal.id()).get("emails");
        for (JsonNode e : emails) {
            assertThat(e.get("status").asString()).isEqualTo("SENT");
            assertThat(e.get("attempts").asInt()).isEqualTo(1);
        }
        assertThat(emails.get(1).get("sentAt").asString()).startsWith("2026-12-03T09:00");
    }

    @Test
    void theUnsubscribeLinkWorksWithoutLoginStopsEveryCampaignAndAnAlteredTokenDoesNothing() throws Exception {
        String bea = unique("bea");
        NurtureDeals.Deal first = dealWithContacts(rep, "First deal", bea);
        NurtureDeals.Deal second = dealWithContacts(team.repA2().api(), "Second deal", bea);
        long other = campaign(team.managerA().api(), "Other drip");
        assertThat(nurture(rep, first.id(), campaign, "Later").status()).isEqualTo(200);
        assertThat(nurture(team.repA2().api(), second.id(), other, "Later").status())
                .isEqualTo(200);
        sendAt(DAY_0);
        assertThat(TestMail.receivedBy(bea)).hasSize(2);
        String link = TestMail.receivedBy(bea).get(0).getHeader("List-Unsubscribe")[0];
        String path = URI.create(link.substring(1, link.length() - 1)).getPath();
        String token = path.substring(path.lastIndexOf('/') + 1);
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        String otherId =
                (Long.parseLong(token.substring(0, token.indexOf('.'))) + 1) + token.substring(token.indexOf('.'));

        for (String bad : List.of(altered, otherId, "garbage", "1.x")) {
            assertThat(anonymous("GET", "/unsubscribe/" + bad).statusCode()).isEqualTo(404);
            assertThat(anonymous("POST", "/unsubscribe/" + bad).statusCode()).isEqualTo(404);
        }
        assertThat(opens(first.id()) + opens(second.id())).isZero();
        HttpResponse<String> page = anonymous("GET", path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Unsubscribe me").contains(bea);
        assertThat(opens(first.id()) + opens(second.id())).isEqualTo(1);
        sendAt(DAY_0.plus(Duration.ofDays(2)));
        assertThat(TestMail.receivedBy(bea)).hasSize(4);

        HttpResponse<String> done = anonymous("POST", path);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("You are unsubscribed");
        sendAt(DAY_0.plus(Duration.ofDays(7)));
        sendAt(DAY_0.plus(Duration.ofDays(20)));
        assertThat(TestMail.receivedBy(bea)).hasSize(4);
        assertThat(enrolment(first.id()).get("unsubscribedAt").isNull()).isFalse();
        assertThat(enrolment(first.id()).get("emails").get(2).get("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(anonymous("GET", path).body()).contains("You are unsubscribed");
    }

    @Test
    void revivingADealStopsItsDrip() {
        String cai = unique("cai");
        NurtureDeals.Deal deal = dealWithContacts(rep, "Revived deal", cai);
        assertThat(nurture(rep, deal.id(), campaign, "Later").status()).isEqualTo(200);
        sendAt(DAY_0);
        assertThat(TestMail.receivedBy(cai)).hasSize(1);
        clock.set(DAY_0.plus(Duration.ofDays(1)));
        assertThat(rep.post("/api/opportunities/" + deal.id() + "/revive", Map.of("closeDate", "2027-01-29"))
                        .status())
                .isEqualTo(200);
        sendAt(DAY_0.plus(Duration.ofDays(2)));
        sendAt(DAY_0.plus(Duration.ofDays(20)));
        assertThat(TestMail.receivedBy(cai)).hasSize(1);
    }

    @Test
    void smtpErrorsAreRecordedRetriedABoundedNumberOfTimesAndShownOnTheCampaignPage() throws Exception {
        String dee = unique("dee");
        NurtureDeals.Deal deal = dealWithContacts(rep, "Bouncing deal", dee);
        assertThat(nurture(rep, deal.id(), campaign, "Later").status()).isEqualTo(200);
        DripSender broken = brokenSender();

        clock.set(DAY_0);
        broken.sendDue();
        JsonNode email = enrolment(deal.id()).get("emails").get(0);
        assertThat(email.get("status").asString()).isEqualTo("PENDING");
        assertThat(email.get("attempts").asInt()).isEqualTo(1);
        assertThat(email.get("lastError").asString()).isNotBlank();
        assertThat(email.get("nextAttemptAt").asString()).startsWith("2026-12-01T09:15");
        broken.sendDue();
        assertThat(enrolment(deal.id()).get("emails").get(0).get("attempts").asInt())
                .isEqualTo(1);
        clock.set(DAY_0.plus(Duration.ofMinutes(15)));
        broken.sendDue();
        clock.set(DAY_0.plus(Duration.ofMinutes(45)));
        broken.sendDue();
        email = enrolment(deal.id()).get("emails").get(0);
        assertThat(email.get("status").asString()).isEqualTo("FAILED");
        assertThat(email.get("attempts").asInt()).isEqualTo(3);
        clock.set(DAY_0.plus(Duration.ofHours(5)));
        broken.sendDue();
        sender.sendDue();
        assertThat(enrolment(deal.id()).get("emails").get(0).get("attempts").asInt())
                .isEqualTo(3);
        assertThat(TestMail.receivedBy(dee)).isEmpty();

        PageSession manager =
                PageSession.signIn(port, team.managerA().user().email(), Fixtures.PASSWORD, "/team/campaigns");
        String page = manager.get("/team/campaigns/" + campaign).text();
        assertThat(page)
                .contains("Bouncing deal")
                .contains(dee)
                .contains("Failed")
                .contains("3 attempts");
    }

    private void sendAt(Instant at) {
        clock.set(at);
        sender.sendDue();
    }

    private JsonNode enrolment(long deal) {
        return rep.get("/api/opportunities/" + deal + "/nurture")
                .json()
                .get("enrolments")
                .get(0);
    }

    private long opens(long deal) {
        long opens = 0;
        JsonNode nurture = team.admin()
                .api()
                .get("/api/opportunities/" + deal + "/nurture")
                .json();
        for (JsonNode e : nurture.get("enrolments").get(0).get("emails")) {
            opens += e.get("unsubscribeOpens").asLong();
        }
        return opens;
    }

    private HttpResponse<String> anonymous(String method, String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if ("POST".equals(method)) {
            b.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private DripSender brokenSender() throws Exception {
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        try (ServerSocket free = new ServerSocket(0)) {
            nowhere.setPort(free.getLocalPort());
        }
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("nowhere", nowhere));
        return new DripSender(jdbc, beans.getBeanProvider(JavaMailSender.class), messages, outgoing, settings, clock);
    }
}
