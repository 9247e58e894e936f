package io.closewright.account;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.shared.PageSlice;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormValues;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account pages: the searchable list, the new-account form and the account page with its details,
 * contacts and (loaded from the opportunity module) its deals.
 */
@Controller
class AccountsPageController {

    static final int PAGE_SIZE = 25;

    private final AccountManagement accounts;
    private final IdentityManagement identity;

    AccountsPageController(AccountManagement accounts, IdentityManagement identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    @GetMapping("/accounts")
    String list(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q == null ? "" : q.trim());
        model.addAttribute("accounts", accounts.accounts(me.viewer(), q, new PageSlice(Math.max(page, 0), PAGE_SIZE)));
        return "accounts/list";
    }

    @GetMapping("/accounts/new")
    String newAccount(@AuthenticationPrincipal UserPrincipal me, Model model) {
        return newPage(me.viewer(), model, Form.empty().with("ownerId", me.id()));
    }

    @PostMapping("/accounts")
    String create(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.posted(params);
        Long ownerId = FormValues.id(form.text("ownerId"), "ownerId", form.errors());
        if (!form.hasErrors()) {
            try {
                AccountView account = accounts.create(me.viewer(), details(form, ownerId));
                redirect.addFlashAttribute(
                        "flash", "Account " + account.name() + " added. Add the people you talk to there.");
                return "redirect:/accounts/" + account.id();
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            }
        }
        return newPage(me.viewer(), model, form);
    }

    @GetMapping("/accounts/{id}")
    String account(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        AccountView account = accounts.account(me.viewer(), id);
        return accountPage(
                me.viewer(), model, account, edit(account), Form.empty().with("role", ContactRole.CHAMPION), null);
    }

    @PostMapping("/accounts/{id}")
    String update(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        AccountView current = accounts.account(me.viewer(), id);
        Form form = Form.posted(params);
        Long ownerId = FormValues.id(form.text("ownerId"), "ownerId", form.errors());
        Long version = FormValues.id(form.text("version"), "version", form.errors());
        AccountView stale = null;
        if (!form.hasErrors()) {
            try {
                AccountView saved = accounts.update(me.viewer(), id, version, details(form, ownerId));
                redirect.addFlashAttribute("flash", "Saved " + saved.name() + ".");
                return "redirect:/accounts/" + id;
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            } catch (StaleVersionException e) {
                stale = current;
                form.with("version", current.version());
            }
        }
        return accountPage(me.viewer(), model, current, form, Form.empty().with("role", ContactRole.CHAMPION), stale);
    }

    @PostMapping("/accounts/{id}/contacts")
    String addContact(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        AccountView account = accounts.account(me.viewer(), id);
        Form form = Form.posted(params);
        ContactRole role = FormValues.choice(ContactRole.class, form.text("role"), "role", form.errors());
        if (!form.hasErrors()) {
            try {
                ContactView contact = accounts.addContact(me.viewer(), id, contactDetails(form, role));
                redirect.addFlashAttribute(
                        "flash",
                        contact.name() + " added as " + contact.role().label().toLowerCase() + ".");
                return "redirect:/accounts/" + id + "#contacts";
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            }
        }
        return accountPage(me.viewer(), model, account, edit(account), form, null);
    }

    @GetMapping("/contacts/{id}")
    String contact(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        ContactView contact = accounts.contact(me.viewer(), id);
        return contactPage(me.viewer(), model, contact, contactForm(contact), null);
    }

    @PostMapping("/contacts/{id}")
    String updateContact(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        ContactView current = accounts.contact(me.viewer(), id);
        Form form = Form.posted(params);
        ContactRole role = FormValues.choice(ContactRole.class, form.text("role"), "role", form.errors());
        Long version = FormValues.id(form.text("version"), "version", form.errors());
        ContactView stale = null;
        if (!form.hasErrors()) {
            try {
                ContactView saved = accounts.updateContact(me.viewer(), id, version, contactDetails(form, role));
                redirect.addFlashAttribute("flash", "Saved " + saved.name() + ".");
                return "redirect:/contacts/" + id;
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            } catch (StaleVersionException e) {
                stale = current;
                form.with("version", current.version());
            }
        }
        return contactPage(me.viewer(), model, current, form, stale);
    }

    private String newPage(Viewer viewer, Model model, Form form) {
        model.addAttribute("form", form);
        model.addAttribute(
                "users",
                identity.visibleUsers(viewer).stream().filter(u -> u.active()).toList());
        return "accounts/new";
    }

    private String accountPage(
            Viewer viewer, Model model, AccountView account, Form form, Form contactForm, AccountView stale) {
        model.addAttribute("account", account);
        model.addAttribute("editable", accounts.mayChange(viewer, account));
        model.addAttribute("contacts", accounts.contacts(viewer, account.id()));
        model.addAttribute(
                "users",
                identity.visibleUsers(viewer).stream()
                        .filter(u -> u.active() || u.id() == account.ownerId())
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("contactForm", contactForm);
        model.addAttribute("stale", stale);
        return "accounts/show";
    }

    private String contactPage(Viewer viewer, Model model, ContactView contact, Form form, ContactView stale) {
        model.addAttribute("contact", contact);
        model.addAttribute("account", accounts.account(viewer, contact.accountId()));
        model.addAttribute("form", form);
        model.addAttribute("stale", stale);
        return "contacts/show";
    }

    private static Form edit(AccountView account) {
        return Form.empty()
                .with("name", account.name())
                .with("domain", account.domain())
                .with("industry", account.industry())
                .with("ownerId", account.ownerId())
                .with("version", account.version());
    }

    private static Form contactForm(ContactView c) {
        return Form.empty()
                .with("name", c.name())
                .with("email", c.email())
                .with("title", c.title())
                .with("phone", c.phone())
                .with("role", c.role())
                .with("version", c.version());
    }

    private static AccountDetails details(Form form, Long ownerId) {
        return new AccountDetails(form.value("name"), form.value("domain"), form.value("industry"), ownerId);
    }

    private static ContactDetails contactDetails(Form form, ContactRole role) {
        return new ContactDetails(form.value("name"), form.text("email"), form.text("title"), form.text("phone"), role);
    }
}
