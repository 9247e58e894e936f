package io.closewright.closeplan;

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

/**
 * The plan section of the deal page and the admin pages for calendar and templates, over real HTTP
 * with a signed-in session; today is Tue 1 Dec 2026. The standard template needs until Thu 7 Jan 2027
 * when started today, so a deal closing Fri 11 Dec 2026 cannot make it.
 */
@IntegrationTest
class ClosePlanPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Fixtures.Team team;
    Api rep;
    long deal;
    PageSession page;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        rep = team.repA1().api();
        long account = Deals.account(rep, "Pages Co");
        deal = rep.post("/api/opportunities", Deals.deal(account, "Pages deal", "2026-12-11"))
                .id();
        page = PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/opportunities/" + deal);
    }

    String section() {
        return "/opportunities/" + deal + "/plan-section";
    }

    void applyStandard() {
        assertThat(rep.put("/api/opportunities/" + deal + "/plan", Map.of("templateId", "standard"), null)
                        .status())
                .isEqualTo(200);
    }

    long planVersion() {
        return rep.get("/api/opportunities/" + deal + "/plan")
                .json()
                .get("version")
                .asLong();
    }

    @Test
    void theDealPageLoadsThePlanSectionWhichOffersTemplatesWhenThereIsNoPlan() {
        assertThat(page.get("/opportunities/" + deal).text())
                .contains("hx-get=\"/opportunities/" + deal + "/plan-section\"");
        String empty = page.get(section()).text();
        assertThat(empty).contains("No close plan yet").contains("Standard B2B close plan · 10 steps, 49 days of work");

        String applied = page.post("/opportunities/" + deal + "/plan/template", Map.of("templateId", "standard"))
                .text();
        assertThat(applied)
                .contains("Plan started with 10 steps.")
                .contains("id=\"plan-steps\"")
                .contains("<svg");
        assertThat(applied)
                .contains("data-status=\"OFF_TRACK\"")
                .contains("This plan cannot close by <strong>Fri 11 Dec</strong>");
        assertThat(applied).contains("The earliest realistic date is <strong>Thu 7 Jan 2027</strong>");
        assertThat(applied).contains("Move the close date to Thu 7 Jan 2027");
    }

    @Test
    void theCloseDateCheckSaysWhetherADateIsRealisticAndStoresNothing() {
        applyStandard();
        String late = page.get("/opportunities/" + deal + "/plan-check?closeDate=2026-12-11")
                .text();
        assertThat(late)
                .contains("Not realistic: the plan needs until <strong>Thu 7 Jan 2027</strong>")
                .contains("data-fill-date=\"2027-01-07\"");
        String fine = page.get("/opportunities/" + deal + "/plan-check?closeDate=2027-01-14")
                .text();
        assertThat(fine)
                .contains("Realistic: the plan finishes by <strong>Thu 7 Jan 2027</strong>")
                .contains("5 working days to spare");
        assertThat(rep.get("/api/opportunities/" + deal).json().get("closeDate").asString())
                .isEqualTo("2026-12-11");
    }

    @Test
    void movingTheCloseDateToTheEarliestRealisticDateMakesThePlanFeasible() {
        applyStandard();
        long version =
                rep.get("/api/opportunities/" + deal).json().get("version").asLong();
        PageSession.Response r = page.post(
                "/opportunities/" + deal + "/plan/redate",
                Map.of(
                        "closeDate",
                        "2027-01-07",
                        "version",
                        String.valueOf(version),
                        "reason",
                        ClosePlanPageController.REDATE_REASON));
        assertThat(r.header("HX-Redirect")).isEqualTo("/opportunities/" + deal);
        assertThat(rep.get("/api/opportunities/" + deal + "/plan")
                        .json()
                        .get("feasible")
                        .asBoolean())
                .isTrue();
        assertThat(page.get("/opportunities/" + deal).text()).contains("Close date moved to Thu 7 Jan 2027");
    }

    @Test
    void stepFormsShowFieldErrorsAndAStalePlanSaysSo() {
        applyStandard();
        long version = planVersion();
        String bad = page.post(
                        "/opportunities/" + deal + "/plan/steps/edit",
                        Map.of(
                                "version",
                                String.valueOf(version),
                                "key",
                                "legal",
                                "title",
                                "Legal review",
                                "owner",
                                "BUYER",
                                "durationDays",
                                "0",
                                "dependsOn",
                                "proposal"))
                .text();
        assertThat(io.closewright.support.Html.invalidFields(bad)).containsExactly("durationDays");
        assertThat(io.closewright.support.Html.feedback(bad, "durationDays"))
                .hasValue("Duration must be 1 to 250 working days, was 0");

        String cycle = page.postRaw(
                        "/opportunities/" + deal + "/plan/steps/edit",
                        "version=" + version
                                + "&key=discovery&title=Discovery&owner=SELLER&durationDays=3&dependsOn=signature")
                .text();
        assertThat(cycle).contains("Steps form a cycle");

        page.post("/opportunities/" + deal + "/plan/steps/done", Map.of("key", "discovery"));
        String stale = page.post(
                        "/opportunities/" + deal + "/plan/steps/edit",
                        Map.of(
                                "version",
                                String.valueOf(version),
                                "key",
                                "legal",
                                "title",
                                "Legal",
                                "owner",
                                "BUYER",
                                "durationDays",
                                "4",
                                "dependsOn",
                                "proposal"))
                .text();
        assertThat(stale).contains("The plan was changed by someone else");
        assertThat(rep.get("/api/opportunities/" + deal + "/plan").json().toString())
                .contains("Legal review of the MSA and DPA");
    }

    @Test
    void stepsAreMarkedDoneAddedAndRemoved() {
        applyStandard();
        String done = page.post("/opportunities/" + deal + "/plan/steps/done", Map.of("key", "discovery"))
                .text();
        assertThat(done).contains("is done.").contains("data-key=\"discovery\" data-status=\"done\"");

        String added = page.postRaw(
                        "/opportunities/" + deal + "/plan/steps/add",
                        "version=" + planVersion()
                                + "&title=" + PageSession.enc("Reference call <&>")
                                + "&owner=BUYER&durationDays=2&dependsOn=proposal"
                                + "&involves=CHAMPION&involves=USER")
                .text();
        assertThat(added)
                .contains("Added the step.")
                .contains("Reference call &lt;&amp;&gt;")
                .contains("reference-call");

        String removed = page.post(
                        "/opportunities/" + deal + "/plan/steps/remove",
                        Map.of("key", "executive-sponsor", "version", String.valueOf(planVersion())))
                .text();
        assertThat(removed).contains("Removed the step.").doesNotContain("data-key=\"executive-sponsor\"");
        String procurement =
                rep.get("/api/opportunities/" + deal + "/plan").json().toString();
        assertThat(procurement).contains("\"key\":\"procurement\"").contains("\"business-case\"");
    }

    @Test
    void adminsImportHolidaysFromICalendar() {
        PageSession admin = PageSession.signIn(port, team.admin().user().email(), Fixtures.PASSWORD, "/admin/calendar");
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20261225\r\nDTEND;VALUE=DATE:20261227\r\n"
                + "SUMMARY:Christmas break\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        PageSession.Response r = admin.post("/admin/calendar/import", Map.of("ics", ics, "version", "0"));
        assertThat(r.status()).as(r.text()).isEqualTo(302);
        assertThat(admin.get("/admin/calendar").text())
                .contains("Imported 2 holidays")
                .contains("Christmas break")
                .contains("Fri 25 Dec")
                .contains("Sat 26 Dec");
        assertThat(team.admin()
                        .api()
                        .get("/api/workspace/calendar")
                        .json()
                        .get("holidays")
                        .toString())
                .contains("2026-12-25", "2026-12-26");

        String bad = admin.post("/admin/calendar/import", Map.of("ics", "hello", "version", "1"))
                .text();
        assertThat(bad).contains("This is not a valid iCalendar (.ics) file");
    }

    @Test
    void managersEditTemplatesButRepsCannotAndOnlyAdminsSeeTheCalendar() {
        assertThat(page.get("/admin/templates").status()).isEqualTo(403);
        PageSession manager =
                PageSession.signIn(port, team.managerA().user().email(), Fixtures.PASSWORD, "/admin/templates/new");
        assertThat(manager.get("/admin/calendar").status()).isEqualTo(403);
        assertThat(manager.get("/admin/templates").text()).contains("Standard B2B close plan");

        String rows = "name=" + PageSession.enc("Quick deal") + "&stage=negotiate&description="
                + "&steps[0].key=&steps[0].title=Proposal&steps[0].owner=SELLER&steps[0].durationDays=2&steps[0].dependsOn="
                + "&steps[1].key=sign&steps[1].title=Signature&steps[1].owner=BUYER&steps[1].durationDays=1"
                + "&steps[1].dependsOn=proposal&steps[1].involves=ECONOMIC_BUYER";
        PageSession.Response created =
                manager.postRaw("/admin/templates/new", rows.replace("[", "%5B").replace("]", "%5D"));
        assertThat(created.status()).as(created.text()).isEqualTo(302);
        assertThat(rep.get("/api/plan-templates/quick-deal").json().toString()).contains("\"stage\":\"negotiate\"");

        String preview = manager.postRaw(
                        "/admin/templates/preview", rows.replace("[", "%5B").replace("]", "%5D"))
                .text();
        assertThat(preview)
                .contains("Started today, these steps finish on <strong>Thu 3 Dec</strong>")
                .contains("<svg");

        String bad = manager.postRaw(
                        "/admin/templates/new",
                        (rows.replace("durationDays=1", "durationDays=400")
                                        .replace("Quick", "Slow")
                                        .replace("stage=negotiate", "stage="))
                                .replace("[", "%5B")
                                .replace("]", "%5D"))
                .text();
        assertThat(bad).contains("Duration must be 1 to 250 working days, was 400");
    }
}
