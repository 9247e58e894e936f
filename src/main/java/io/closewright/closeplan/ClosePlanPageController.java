package io.closewright.closeplan;

import io.closewright.identity.UserPrincipal;
import io.closewright.opportunity.OpportunityChanges;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import io.closewright.shared.web.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The close-plan section of the deal page, loaded and refreshed with htmx: the plan with its status
 * and timeline, starting a plan from a template, moving the close date to the earliest realistic date,
 * and the live check under the close-date input (nothing stored).
 */
@Controller
class ClosePlanPageController {

    static final String REDATE_REASON = "Re-dated to the plan's earliest realistic date";

    private final ClosePlanManagement plans;
    private final OpportunityManagement opportunities;
    private final PlanSections sections;

    ClosePlanPageController(ClosePlanManagement plans, OpportunityManagement opportunities, PlanSections sections) {
        this.plans = plans;
        this.opportunities = opportunities;
        this.sections = sections;
    }

    @GetMapping("/opportunities/{id}/plan-section")
    String section(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        return render(me, id, SectionNote.none(), model);
    }

    @PostMapping("/opportunities/{id}/plan/template")
    String applyTemplate(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) String templateId,
            Model model) {
        if (templateId == null || templateId.isBlank()) {
            return render(me, id, SectionNote.error("Choose a template first."), model);
        }
        try {
            PlanView plan = plans.replace(me.viewer(), id, null, templateId, null);
            return render(
                    me,
                    id,
                    SectionNote.notice("Plan started with " + plan.steps().size() + " steps."),
                    model);
        } catch (RuleViolationException | StateConflictException e) {
            return render(me, id, SectionNote.error(e.getMessage()), model);
        } catch (io.closewright.shared.Preconditions.PreconditionRequiredException e) {
            return render(me, id, SectionNote.error("This deal already has a plan; it is shown below."), model);
        }
    }

    @PostMapping("/opportunities/{id}/plan/redate")
    String redate(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) String closeDate,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        LocalDate date = FormValues.date(closeDate, "closeDate", errors);
        Long dealVersion = FormValues.id(version, "version", errors);
        if (date == null || dealVersion == null) {
            return render(me, id, SectionNote.error("The new close date is missing; reload the page."), model);
        }
        try {
            opportunities.change(me.viewer(), id, dealVersion, OpportunityChanges.closeDate(date, reason));
        } catch (StaleVersionException e) {
            return render(me, id, SectionNote.error("The deal was changed by someone else; reload the page."), model);
        } catch (RuleViolationException | StateConflictException e) {
            return render(me, id, SectionNote.error(e.getMessage()), model);
        }
        String deal = "/opportunities/" + id;
        RequestContextUtils.getOutputFlashMap(request)
                .put(
                        "flash",
                        "Close date moved to "
                                + ((PageContext) model.getAttribute("ctx"))
                                        .fmt()
                                        .date(date) + ", the plan's earliest realistic date.");
        RequestContextUtils.saveOutputFlashMap(deal, request, response);
        response.setHeader("HX-Redirect", deal);
        return render(me, id, SectionNote.none(), model);
    }

    @GetMapping("/opportunities/{id}/plan-check")
    String check(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) String closeDate,
            Model model) {
        LocalDate date = FormValues.date(closeDate, "closeDate", FormErrors.none());
        model.addAttribute(
                "plan",
                date == null ? null : plans.previewFor(me.viewer(), id, date).orElse(null));
        model.addAttribute("inputId", "new-close-date");
        return "closeplan/check";
    }

    private String render(UserPrincipal me, long id, SectionNote note, Model model) {
        model.addAttribute("section", sections.of(me.viewer(), id, note));
        return PlanSections.VIEW;
    }
}
