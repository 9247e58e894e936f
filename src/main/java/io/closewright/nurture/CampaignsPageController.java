package io.closewright.nurture;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.ForbiddenException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.web.FormValues;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Team → Campaigns: the workspace's campaigns, a campaign's page (each enrolled deal and contact, what
 * was sent when, failures, unsubscribe-link opens, what is next) and the form managers and admins make
 * and change campaigns with. The form keeps what was typed and shows each problem next to its field.
 */
@Controller
class CampaignsPageController {

    private final CampaignManagement campaigns;
    private final NurtureManagement nurture;

    CampaignsPageController(CampaignManagement campaigns, NurtureManagement nurture) {
        this.campaigns = campaigns;
        this.nurture = nurture;
    }

    @GetMapping("/team/campaigns")
    String list(@AuthenticationPrincipal UserPrincipal me, Model model) {
        model.addAttribute("campaigns", campaigns.summaries(me.viewer()));
        model.addAttribute("mailConfigured", nurture.mailConfigured());
        return "nurture/campaigns";
    }

    @GetMapping("/team/campaigns/{id}")
    String campaign(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("campaign", campaigns.campaign(me.viewer(), id));
        model.addAttribute("enrolments", nurture.enrolments(me.viewer(), id));
        model.addAttribute("mailConfigured", nurture.mailConfigured());
        return "nurture/campaign";
    }

    @GetMapping("/team/campaigns/new")
    String newCampaign(@AuthenticationPrincipal UserPrincipal me, Model model) {
        requireLead(me);
        return form(model, null, CampaignForm.blank());
    }

    @GetMapping("/team/campaigns/{id}/edit")
    String edit(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        requireLead(me);
        return form(model, id, CampaignForm.of(campaigns.campaign(me.viewer(), id)));
    }

    @PostMapping("/team/campaigns")
    String create(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        requireLead(me);
        CampaignForm form = CampaignForm.posted(params, params.containsKey("more"));
        return save(
                model,
                redirect,
                null,
                form,
                params.containsKey("more"),
                steps -> campaigns.create(me.viewer(), form.name(), steps));
    }

    @PostMapping("/team/campaigns/{id}")
    String change(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        requireLead(me);
        campaigns.campaign(me.viewer(), id);
        CampaignForm form = CampaignForm.posted(params, params.containsKey("more"));
        Long version = FormValues.id(
                form.form().text("version"), "version", form.form().errors());
        return save(
                model,
                redirect,
                id,
                form,
                params.containsKey("more"),
                steps -> campaigns.change(me.viewer(), id, version == null ? -1 : version, form.name(), steps));
    }

    private String save(
            Model model,
            RedirectAttributes redirect,
            Long id,
            CampaignForm form,
            boolean more,
            Function<List<CampaignStep>, CampaignView> action) {
        List<CampaignStep> steps = form.steps();
        if (more || form.form().hasErrors()) {
            return form(model, id, form);
        }
        try {
            CampaignView saved = action.apply(steps);
            redirect.addFlashAttribute("flash", "Saved the campaign \u201c" + saved.name() + "\u201d.");
            return "redirect:/team/campaigns/" + saved.id();
        } catch (RuleViolationException e) {
            form.form().errors().addAll(e.problems());
        } catch (StaleVersionException e) {
            form.form()
                    .errors()
                    .addGeneral("Someone else changed this campaign meanwhile. Open it again to see their"
                            + " version; what you typed is still here.");
        }
        return form(model, id, form);
    }

    private static void requireLead(UserPrincipal me) {
        if (!me.viewer().leadsOthers()) {
            throw new ForbiddenException("Only managers and admins make and change nurture campaigns");
        }
    }

    private static String form(Model model, Long id, CampaignForm form) {
        model.addAttribute("campaignId", id);
        model.addAttribute("form", form.form());
        model.addAttribute("rows", form.rows());
        model.addAttribute("placeholders", DripText.PLACEHOLDERS);
        return "nurture/campaignForm";
    }
}
