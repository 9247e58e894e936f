package io.closewright.demo;

import io.closewright.account.AccountManagement;
import io.closewright.account.ContactView;
import io.closewright.ask.AskManagement;
import io.closewright.ask.NewAsk;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityView;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/** Value-backed asks on the demo deals that are far enough along to need something from the buyer. */
@Component
class DemoAsks {

    private static final List<String[]> ASKS = List.of(
            new String[] {"introduce us to your CFO", "a signed-off business case"},
            new String[] {"return the security questionnaire", "starting the security review"},
            new String[] {"share your procurement checklist", "a purchase order without surprises"},
            new String[] {"book the executive sponsor meeting", "an agreed go-live date"},
            new String[] {"send us the redlines on the MSA", "signature on the target date"});

    private final AskManagement asks;
    private final AccountManagement accounts;

    DemoAsks(AskManagement asks, AccountManagement accounts) {
        this.asks = asks;
        this.accounts = accounts;
    }

    void addTo(Viewer boss, OpportunityView deal, String stage, LocalDate today, Random random) {
        if (stage.equals("qualify") || stage.equals("discover")) {
            return;
        }
        List<ContactView> contacts = accounts.contacts(boss, deal.accountId());
        for (int i = 0; i < 1 + random.nextInt(2) && !contacts.isEmpty(); i++) {
            String[] ask = ASKS.get(random.nextInt(ASKS.size()));
            ContactView who = contacts.get(random.nextInt(contacts.size()));
            asks.create(
                    boss, deal.id(), new NewAsk(who.id(), ask[0], ask[1], today.plusDays(random.nextInt(15)), null));
        }
    }
}
