package io.closewright.opportunity;

import io.closewright.account.AccountManagement;
import io.closewright.account.AccountView;
import io.closewright.identity.UserPrincipal;
import io.closewright.shared.PageSlice;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The deals of one account, as a fragment the account page loads with htmx (the account module does
 * not know about deals): open deals first by close date, then closed ones.
 */
@Controller
class AccountDealsPageController {

    private final OpportunityManagement opportunities;
    private final AccountManagement accounts;

    AccountDealsPageController(OpportunityManagement opportunities, AccountManagement accounts) {
        this.opportunities = opportunities;
        this.accounts = accounts;
    }

    @GetMapping("/accounts/{id}/deals")
    String deals(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        AccountView account = accounts.account(me.viewer(), id);
        OpportunityFilter ofAccount =
                new OpportunityFilter(null, null, id, null, null, null, null, null, OpportunitySort.CLOSE_DATE, false);
        List<OpportunityView> deals =
                opportunities
                        .opportunities(me.viewer(), ofAccount, new PageSlice(0, PageSlice.MAX_SIZE))
                        .items()
                        .stream()
                        .sorted(Comparator.comparing((OpportunityView d) -> d.status() != OpportunityStatus.OPEN)
                                .thenComparing(OpportunityView::closeDate))
                        .toList();
        model.addAttribute("account", account);
        model.addAttribute("deals", deals);
        return "opportunities/accountDeals";
    }
}
