package io.closewright.nurture;

import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The nurture section of the deal page (an htmx fragment): park an open deal in a campaign with a
 * reason, or follow a nurtured deal's drip and revive it with a new close date. A successful move
 * reloads the whole deal page (its status, header and forms change); a refused one comes back with the
 * problem next to the field and what the user typed.
 */
@Controller
class DealNurturePageController {

    private final NurtureManagement nurture;
    private final CampaignManagement campaigns;

    DealNurturePageController(NurtureManagement nurture, CampaignManagement campaigns) {
        this.nurture = nurture;
        this.campaigns = campaigns;
    }

    @GetMapping("/opportunities/{id}/nurture-section")
    String section(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        return render(me.viewer(), id, Form.empty(), model);
    }

    @PostMapping("/opportunities/{id}/nurture")
    String park(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            HttpServletResponse response,
            Model model) {
        Form form = Form.posted(params);
        FormErrors errors = form.errors();
        Long campaign = FormValues.id(form.text("campaignId"), "campaignId", errors);
        Long version = FormValues.id(form.text("version"), "version", errors);
        return submit(me.viewer(), id, form, response, model, () -> {
            nurture.nurture(me.viewer(), id, campaign, form.text("reason"), version);
        });
    }

    @PostMapping("/opportunities/{id}/revive")
    String revive(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            HttpServletResponse response,
            Model model) {
        Form form = Form.posted(params);
        FormErrors errors = form.errors();
        LocalDate date = FormValues.date(form.text("closeDate"), "closeDate", errors);
        Long version = FormValues.id(form.text("version"), "version", errors);
        return submit(me.viewer(), id, form, response, model, () -> {
            nurture.revive(me.viewer(), id, date, version);
        });
    }

    private String submit(
            Viewer viewer, long id, Form form, HttpServletResponse response, Model model, Runnable action) {
        if (!form.hasErrors()) {
            try {
                action.run();
                response.setHeader("HX-Redirect", "/opportunities/" + id);
                return render(viewer, id, Form.empty(), model);
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            } catch (StaleVersionException e) {
                form.errors().addGeneral("Someone else changed this deal meanwhile; reload the page to see it.");
            }
        }
        return render(viewer, id, form, model);
    }

    private String render(Viewer viewer, long id, Form form, Model model) {
        DealNurture deal = nurture.deal(viewer, id);
        model.addAttribute(
                "section",
                new NurtureSection(
                        deal,
                        campaigns.all(viewer),
                        form.with("version", deal.opportunity().version()),
                        viewer.leadsOthers()));
        return "nurture/section";
    }
}
