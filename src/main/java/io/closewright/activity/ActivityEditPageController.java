package io.closewright.activity;

import io.closewright.account.AccountManagement;
import io.closewright.identity.UserPrincipal;
import io.closewright.shared.ForbiddenException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormValues;
import io.closewright.shared.web.Toasts;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Editing and deleting one's own activity in the deal's timeline. The edit form replaces the entry;
 * saving re-renders the whole section. An edit from an out-of-date form comes back with a warning and the
 * current version, keeping what the user typed; a deletion from one is refused with a toast.
 */
@Controller
class ActivityEditPageController {

    private final ActivityManagement activities;
    private final DealActivitySection section;
    private final WorkspaceFormats formats;
    private final AccountManagement accounts;

    ActivityEditPageController(
            ActivityManagement activities,
            DealActivitySection section,
            WorkspaceFormats formats,
            AccountManagement accounts) {
        this.activities = activities;
        this.section = section;
        this.formats = formats;
        this.accounts = accounts;
    }

    @GetMapping("/opportunities/{id}/activities/{activityId}/edit")
    String edit(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long activityId,
            Model model) {
        ActivityView activity = activities.activity(me.viewer(), activityId);
        if (activity.authorId() != me.id()) {
            throw new ForbiddenException("Only the author of an activity can change it");
        }
        return form(me, id, activity, ActivityForms.of(activity, formats.of(me.viewer())), false, model);
    }

    @PostMapping("/opportunities/{id}/activities/{activityId}")
    String save(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long activityId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        Form form = ActivityForms.posted(params);
        Long version = FormValues.id(form.text("version"), "version", form.errors());
        ActivityDraft draft = ActivityForms.draft(form, formats.of(me.viewer()).zone());
        if (version == null) {
            form.errors().addGeneral("The form lost its version; reload the page and edit again.");
        }
        boolean stale = false;
        if (!form.hasErrors()) {
            try {
                activities.change(me.viewer(), id, activityId, version, draft);
                Toasts.show(response, "success", "Saved.");
                response.setHeader("HX-Retarget", "#activity-section");
                response.setHeader("HX-Reswap", "outerHTML");
                return section.render(me.viewer(), id, null, null, model);
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            } catch (StaleVersionException e) {
                stale = true;
            }
        }
        ActivityView current = activities.activity(me.viewer(), activityId);
        return form(me, id, current, stale ? form.with("version", current.version()) : form, stale, model);
    }

    @PostMapping("/opportunities/{id}/activities/{activityId}/delete")
    String delete(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long activityId,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletResponse response) {
        try {
            activities.delete(me.viewer(), id, activityId, version);
            Toasts.show(response, "success", "Deleted. The audit trail keeps what it said.");
        } catch (StaleVersionException e) {
            Toasts.show(response, "warning", "It was changed meanwhile; here it is as it is now.");
        }
        return section.render(me.viewer(), id, null, null, model);
    }

    private String form(UserPrincipal me, long dealId, ActivityView activity, Form form, boolean stale, Model model) {
        model.addAttribute("dealId", dealId);
        model.addAttribute("activity", activity);
        model.addAttribute("contacts", accounts.contacts(me.viewer(), activity.accountId()));
        model.addAttribute("form", form);
        model.addAttribute("stale", stale);
        return "activity/editForm";
    }
}
