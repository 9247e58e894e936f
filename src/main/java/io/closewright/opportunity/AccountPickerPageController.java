package io.closewright.opportunity;

import io.closewright.account.AccountManagement;
import io.closewright.account.AccountView;
import io.closewright.identity.UserPrincipal;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The searchable account picker of the new-deal form: as the user types, htmx replaces the account list
 * with the visible accounts whose name or domain contains the text (the chosen one stays on top), so
 * every account can be found however many there are.
 */
@Controller
class AccountPickerPageController {

    static final int MATCHES = 50;

    private final AccountManagement accounts;

    AccountPickerPageController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/opportunities/new/accounts")
    String options(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) String accountQuery,
            @RequestParam(required = false) String accountId,
            Model model) {
        String query = accountQuery == null ? "" : accountQuery.strip();
        Paged<AccountView> found = accounts.accounts(
                me.viewer(), query.length() > 200 ? query.substring(0, 200) : query, new PageSlice(0, MATCHES));
        List<AccountView> options = new ArrayList<>(found.items());
        Long chosen = parse(accountId);
        if (chosen != null && options.stream().noneMatch(a -> a.id() == chosen)) {
            try {
                options.add(0, accounts.account(me.viewer(), chosen));
            } catch (NotFoundException e) {
                // not visible (or gone): nothing to keep
            }
        }
        model.addAttribute("accounts", options);
        model.addAttribute("chosen", chosen);
        model.addAttribute("more", found.total() - found.items().size());
        return "opportunities/accountOptions";
    }

    private static Long parse(String id) {
        try {
            return id == null || id.isBlank() ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
