package io.closewright.risk;

import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.nurture.NurtureManagement;
import io.closewright.opportunity.OpportunityChanges;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormValues;
import io.closewright.shared.web.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The risk section of a deal page, loaded with htmx: the level, each signal, the cause of a slip, the
 * recommendations, re-dating in one step from the recommendation (suggested date prefilled, reason
 * required) and escalating to the manager with a note. Also the risk badges of a set of deals, swapped
 * into the board, the list and the deal header in one request.
 */
@Controller
class RiskPageController {

    private static final String VIEW = "risk/section";
    static final int MAX_BADGES = 1000;

    private final RiskManagement risks;
    private final OpportunityManagement opportunities;
    private final NurtureManagement nurture;

    RiskPageController(RiskManagement risks, OpportunityManagement opportunities, NurtureManagement nurture) {
        this.risks = risks;
        this.opportunities = opportunities;
        this.nurture = nurture;
    }

    @GetMapping("/opportunities/{id}/risk-section")
    String section(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        return render(me.viewer(), id, null, null, null, model);
    }

    @PostMapping("/opportunities/{id}/risk/redate")
    String redate(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Form form = Form.posted(params);
        LocalDate date = FormValues.date(form.text("closeDate"), "closeDate", form.errors());
        Long version = FormValues.id(form.text("version"), "version", form.errors());
        if (date == null && !form.errors().has("closeDate")) {
            form.errors().add("closeDate", "choose the new close date");
        }
        if (version == null) {
            form.errors().addGeneral("The deal's version is missing; reload the page.");
        }
        if (form.text("reason") == null) {
            form.errors().add("reason", "say why the date moves: the history keeps it");
        }
        if (!form.hasErrors()) {
            try {
                opportunities.change(me.viewer(), id, version, OpportunityChanges.closeDate(date, form.text("reason")));
                String deal = "/opportunities/" + id;
                PageContext ctx = (PageContext) model.getAttribute("ctx");
                RequestContextUtils.getOutputFlashMap(request)
                        .put("flash", "Close date moved to " + ctx.fmt().date(date) + "; the plan is re-scheduled.");
                RequestContextUtils.saveOutputFlashMap(deal, request, response);
                response.setHeader("HX-Redirect", deal);
                return render(me.viewer(), id, null, null, null, model);
            } catch (StaleVersionException e) {
                form.errors().addGeneral("The deal was changed by someone else; reload the page.");
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            } catch (StateConflictException e) {
                form.errors().addGeneral(e.getMessage());
            }
        }
        return render(me.viewer(), id, form, null, null, model);
    }

    @PostMapping("/opportunities/{id}/risk/escalations")
    String escalate(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model) {
        Form form = Form.posted(params);
        try {
            EscalationView sent = risks.escalate(me.viewer(), id, form.text("note"));
            return render(me.viewer(), id, null, null, "Escalated to " + sent.managerName() + ".", model);
        } catch (RuleViolationException e) {
            form.errors().addAll(e.problems());
        } catch (StateConflictException e) {
            form.errors().addGeneral(e.getMessage());
        }
        return render(me.viewer(), id, null, form, null, model);
    }

    @GetMapping("/risk/badges")
    String badges(
            @AuthenticationPrincipal UserPrincipal me, @RequestParam(required = false) List<Long> ids, Model model) {
        List<Long> wanted = ids == null
                ? List.of()
                : ids.stream().distinct().limit(MAX_BADGES).toList();
        model.addAttribute("badges", risks.badges(me.viewer(), wanted).values());
        return "risk/badges";
    }

    private String render(Viewer viewer, long id, Form redate, Form escalate, String notice, Model model) {
        RiskView risk = risks.risk(viewer, id);
        OpportunityView deal = opportunities.opportunity(viewer, id);
        Form redateForm = redate != null ? redate : blankRedate(deal, risk);
        Form escalateForm = escalate != null ? escalate : Form.empty();
        model.addAttribute(
                "section",
                new RiskSection(
                        deal,
                        risk,
                        risks.escalations(viewer, id),
                        redateForm,
                        escalateForm,
                        notice,
                        risk.recommendation(RecommendationAction.MOVE_TO_NURTURE) == null
                                ? null
                                : nurture.choice(viewer)));
        return VIEW;
    }

    private static Form blankRedate(OpportunityView deal, RiskView risk) {
        Recommendation redate = risk.recommendation(RecommendationAction.REEVALUATE_CLOSE_DATE);
        LocalDate suggested = redate == null ? null : redate.suggestedCloseDate();
        return Form.empty().with("closeDate", suggested).with("version", deal.version());
    }
}
