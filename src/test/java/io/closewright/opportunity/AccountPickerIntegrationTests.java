package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import io.closewright.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The new-deal form finds any visible account by typing, whatever the number of accounts. */
@IntegrationTest
class AccountPickerIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void typingNarrowsTheAccountsToVisibleMatchesAndKeepsTheChoice() {
        Fixtures.Team team = fixtures.team(port);
        long acme = Deals.account(team.repA1().api(), "Acme Corp");
        long globex = Deals.account(team.repA1().api(), "Globex");
        long hidden = Deals.account(team.repB1().api(), "Globex Hidden");
        PageSession page =
                PageSession.signIn(port, team.repA1().user().email(), Fixtures.PASSWORD, "/opportunities/new");

        String form = page.get("/opportunities/new").text();
        assertThat(form).contains("id=\"account-search\"").contains("hx-get=\"/opportunities/new/accounts\"");

        String matches =
                page.get("/opportunities/new/accounts?accountQuery=glo").text();
        assertThat(matches)
                .contains("value=\"" + globex + "\"")
                .doesNotContain("value=\"" + acme + "\"")
                .doesNotContain("value=\"" + hidden + "\"");

        String keeping = page.get("/opportunities/new/accounts?accountQuery=glo&accountId=" + acme)
                .text();
        assertThat(keeping).contains("<option value=\"" + acme + "\" selected>Acme Corp</option>");
        assertThat(keeping).contains("value=\"" + globex + "\"");

        assertThat(page.get("/opportunities/new/accounts?accountQuery=zzz-nothing")
                        .text())
                .contains("No account matches");
        assertThat(page.get("/opportunities/new/accounts?accountQuery=glo&accountId=" + hidden)
                        .text())
                .doesNotContain("value=\"" + hidden + "\"");
    }
}
