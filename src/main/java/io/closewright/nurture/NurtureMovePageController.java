package io.closewright.nurture;

import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * "Move to nurture" from wherever the suggestion is seen (Today's unripe deals, the risk recommendation on
 * the deal page and on Team risks): one small form, the workspace's default campaign preselected and a
 * prefilled reason. Submitting runs {@link NurtureManagement#nurture} and goes back where the user came
 * from with a message; a refused move answers 422 with the form, the problem next to its field and what
 * was typed, and changes nothing. {@code back} is a path of this site, else the deal's page.
 */
@Controller
class NurtureMovePageController {

    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.,=&%?-]*");

    private final NurtureManagement nurture;
    private final OpportunityManagement opportunities;

    NurtureMovePageController(NurtureManagement nurture, OpportunityManagement opportunities) {
        this.nurture = nurture;
        this.opportunities = opportunities;
    }

    @GetMapping("/nurture/move")
    String form(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam long opportunityId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back,
            Model model) {
        Long preselected = nurture.choice(me.viewer()).defaultCampaignId();
        Form prefilled = Form.empty().with("reason", reason).with("campaignId", preselected);
        return render(me.viewer(), opportunityId, prefilled, back, model);
    }

    @PostMapping("/nurture/move")
    String move(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Form form = Form.posted(params);
        FormErrors errors = form.errors();
        Long deal = FormValues.id(form.text("opportunityId"), "opportunityId", errors);
        if (deal == null) {
            throw new NotFoundException("Opportunity", String.valueOf(form.text("opportunityId")));
        }
        Long campaign = FormValues.id(form.text("campaignId"), "campaignId", errors);
        Long version = FormValues.id(form.text("version"), "version", errors);
        if (!errors.any()) {
            try {
                DealNurture moved = nurture.nurture(me.viewer(), deal, campaign, form.text("reason"), version);
                String campaignName = moved.enrolments().isEmpty()
                        ? "its campaign"
                        : moved.enrolments().get(0).campaignName();
                RequestContextUtils.getOutputFlashMap(request)
                        .put(
                                "flash",
                                "Moved " + moved.opportunity().name() + " to nurture in " + campaignName
                                        + ": it left the pipeline and the forecast.");
                return "redirect:" + back(form.text("back"), deal);
            } catch (RuleViolationException e) {
                errors.addAll(e.problems());
            } catch (StaleVersionException e) {
                errors.addGeneral("Someone else changed this deal meanwhile; reload the page to see it.");
            }
        }
        response.setStatus(422);
        return render(me.viewer(), deal, form, form.text("back"), model);
    }

    private String render(Viewer viewer, long dealId, Form form, String back, Model model) {
        OpportunityView deal = opportunities.opportunity(viewer, dealId);
        model.addAttribute("deal", deal);
        model.addAttribute("choice", nurture.choice(viewer));
        model.addAttribute("form", form);
        model.addAttribute("back", back(back, dealId));
        return "nurture/move";
    }

    static String back(String wanted, long dealId) {
        return wanted != null && LOCAL_PATH.matcher(wanted).matches() ? wanted : "/opportunities/" + dealId;
    }
}
