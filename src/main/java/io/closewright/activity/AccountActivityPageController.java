package io.closewright.activity;

import io.closewright.account.AccountManagement;
import io.closewright.account.ContactView;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.Toasts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The activity sections of the account and contact pages (loaded with htmx): the latest activities, the
 * deals' included, and a form to log one on the account itself; on a contact's page the contact is
 * ticked as taking part. Authors delete their own activities here; deal activities link to their deal.
 */
@Controller
class AccountActivityPageController {

    static final int LATEST = 30;

    private final ActivityManagement activities;
    private final AccountManagement accounts;
    private final WorkspaceFormats formats;
    private final Clock clock;

    AccountActivityPageController(
            ActivityManagement activities, AccountManagement accounts, WorkspaceFormats formats, Clock clock) {
        this.activities = activities;
        this.accounts = accounts;
        this.formats = formats;
        this.clock = clock;
    }

    @GetMapping({"/accounts/{id}/activities", "/contacts/{id}/activities"})
    String section(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model, HttpServletRequest request) {
        return render(me.viewer(), Target.of(request, id), null, model);
    }

    @PostMapping({"/accounts/{id}/activities", "/contacts/{id}/activities"})
    String log(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Target target = Target.of(request, id);
        Form form = ActivityForms.posted(params);
        ActivityDraft draft = ActivityForms.draft(form, formats.of(me.viewer()).zone());
        if (!form.hasErrors()) {
            try {
                ActivityView logged = activities.logOnAccount(me.viewer(), accountOf(me.viewer(), target), draft);
                Toasts.show(response, "success", logged.type().label() + " logged.");
                return render(me.viewer(), target, null, model);
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            }
        }
        return render(me.viewer(), target, form, model);
    }

    @PostMapping({"/accounts/{id}/activities/{activityId}/delete", "/contacts/{id}/activities/{activityId}/delete"})
    String delete(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long activityId,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Target target = Target.of(request, id);
        try {
            activities.delete(me.viewer(), null, activityId, version);
            Toasts.show(response, "success", "Deleted. The audit trail keeps what it said.");
        } catch (StaleVersionException e) {
            Toasts.show(response, "warning", "It was changed meanwhile; here it is as it is now.");
        }
        return render(me.viewer(), target, null, model);
    }

    private String render(Viewer viewer, Target target, Form form, Model model) {
        long accountId = accountOf(viewer, target);
        List<ActivityView> latest = target.contact()
                ? activities.contactActivities(viewer, target.id(), LATEST)
                : activities.accountActivities(viewer, target.id(), LATEST);
        Long preselected = target.contact() ? target.id() : null;
        model.addAttribute("base", target.base());
        model.addAttribute("activities", latest);
        model.addAttribute("contacts", accounts.contacts(viewer, accountId));
        model.addAttribute(
                "form", form != null ? form : ActivityForms.blank(formats.of(viewer), clock.instant(), preselected));
        return "activity/accountSection";
    }

    private long accountOf(Viewer viewer, Target target) {
        if (!target.contact()) {
            return target.id();
        }
        ContactView contact = accounts.contact(viewer, target.id());
        return contact.accountId();
    }

    /** Whose section it is: an account's or a contact's, by the path that asked. */
    record Target(boolean contact, long id) {

        static Target of(HttpServletRequest request, long id) {
            return new Target(request.getRequestURI().startsWith(request.getContextPath() + "/contacts/"), id);
        }

        String base() {
            return (contact ? "/contacts/" : "/accounts/") + id;
        }
    }
}
