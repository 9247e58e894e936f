package io.closewright.activity;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.web.Form;
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
 * The deal page's activity section (loaded with htmx, since the opportunity module does not know about
 * activities): logging an activity with the quick-add form, and the timeline with its filter chips and
 * "show more". A form with problems comes back with the messages next to the fields and what was typed.
 */
@Controller
class DealActivityPageController {

    private final ActivityManagement activities;
    private final DealActivitySection section;
    private final WorkspaceFormats formats;

    DealActivityPageController(ActivityManagement activities, DealActivitySection section, WorkspaceFormats formats) {
        this.activities = activities;
        this.section = section;
        this.formats = formats;
    }

    @GetMapping("/opportunities/{id}/activity")
    String section(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            Model model) {
        return section.render(me.viewer(), id, null, kind, model);
    }

    @PostMapping("/opportunities/{id}/activities")
    String log(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        Form form = ActivityForms.posted(params);
        ActivityDraft draft = ActivityForms.draft(form, formats.of(me.viewer()).zone());
        if (!form.hasErrors()) {
            try {
                ActivityView logged = activities.logOnDeal(me.viewer(), id, draft);
                Toasts.show(response, "success", logged.type().label() + " logged.");
                return section.render(me.viewer(), id, null, null, model);
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            }
        }
        return section.render(me.viewer(), id, form, null, model);
    }

    @GetMapping("/opportunities/{id}/timeline")
    String timeline(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false, defaultValue = "0") int page,
            Model model) {
        section.timeline(me.viewer(), id, kind, Math.max(page, 0), model);
        return page > 0 ? "activity/moreItems" : "activity/timeline";
    }
}
