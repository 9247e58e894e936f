package io.closewright.ask;

import io.closewright.account.AccountManagement;
import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.closeplan.PlanStepView;
import io.closewright.closeplan.PlanView;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.PageSlice;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The asks-and-sharing section of the deal page (htmx fragment) and the rep's page of open asks. */
@Controller
class AsksPageController {

    private final AskManagement asks;
    private final ShareLinks links;
    private final OpportunityManagement opportunities;
    private final AccountManagement accounts;
    private final ClosePlanManagement plans;

    AsksPageController(
            AskManagement asks,
            ShareLinks links,
            OpportunityManagement opportunities,
            AccountManagement accounts,
            ClosePlanManagement plans) {
        this.asks = asks;
        this.links = links;
        this.opportunities = opportunities;
        this.accounts = accounts;
        this.plans = plans;
    }

    static final int PAGE_SIZE = 50;

    @GetMapping("/asks")
    String openAsks(
            @AuthenticationPrincipal UserPrincipal me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("asks", asks.openAsks(me.viewer(), new PageSlice(Math.max(page, 0), PAGE_SIZE)));
        return "ask/list";
    }

    @GetMapping("/opportunities/{id}/asks-section")
    String section(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        return render(me.viewer(), id, Form.empty(), null, null, null, model);
    }

    @PostMapping("/opportunities/{id}/asks")
    String create(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model) {
        Form form = Form.posted(params);
        FormErrors errors = form.errors();
        NewAsk ask = new NewAsk(
                FormValues.id(form.text("contactId"), "contactId", errors),
                form.text("action"),
                form.text("outcome"),
                FormValues.date(form.text("dueDate"), "dueDate", errors),
                form.text("stepKey"));
        try {
            if (!errors.any()) {
                asks.create(me.viewer(), id, ask);
                return render(
                        me.viewer(),
                        id,
                        Form.empty(),
                        null,
                        "Ask sent to your list. Share the plan so the buyer sees it.",
                        null,
                        model);
            }
        } catch (RuleViolationException e) {
            errors.addAll(e.problems());
        }
        return render(me.viewer(), id, form, null, null, null, model);
    }

    @PostMapping("/opportunities/{id}/asks/{askId}/{outcome:done|decline}")
    String finish(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long askId,
            @PathVariable String outcome,
            Model model) {
        try {
            asks.finish(me.viewer(), id, askId, "decline".equals(outcome), null);
            return render(me.viewer(), id, Form.empty(), null, null, null, model);
        } catch (StateConflictException e) {
            return render(me.viewer(), id, Form.empty(), null, null, e.getMessage(), model);
        }
    }

    @GetMapping("/opportunities/{id}/asks/suggest")
    String suggest(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) String stepKey,
            @RequestParam(required = false) String outcome,
            Model model) {
        String suggestion = stepKey == null || stepKey.isBlank()
                ? null
                : asks.suggestOutcome(me.viewer(), id, stepKey).orElse(null);
        model.addAttribute("value", suggestion != null ? suggestion : outcome == null ? "" : outcome);
        model.addAttribute("suggested", suggestion != null);
        return "ask/outcomeInput";
    }

    @PostMapping("/opportunities/{id}/share-links")
    String share(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model) {
        Form form = Form.posted(params);
        FormErrors errors = form.errors();
        Long contact = FormValues.id(form.text("contactId"), "contactId", errors);
        Integer days = FormValues.integer(form.text("expiresInDays"), "expiresInDays", errors);
        try {
            CreatedShareLink link = links.create(me.viewer(), id, contact, days);
            String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/share/{token}")
                    .buildAndExpand(link.token())
                    .toUriString();
            return render(me.viewer(), id, Form.empty(), url, null, null, model);
        } catch (RuleViolationException e) {
            return render(me.viewer(), id, Form.empty(), null, null, e.getMessage(), model);
        }
    }

    @PostMapping("/opportunities/{id}/share-links/{linkId}/revoke")
    String revoke(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable long id, @PathVariable long linkId, Model model) {
        links.revoke(me.viewer(), id, linkId);
        return render(me.viewer(), id, Form.empty(), null, "The link no longer works.", null, model);
    }

    private String render(
            Viewer viewer, long id, Form form, String newLinkUrl, String notice, String error, Model model) {
        OpportunityView deal = opportunities.opportunity(viewer, id);
        List<PlanStepView> steps = plans.plan(viewer, id).map(PlanView::steps).orElse(List.of());
        model.addAttribute(
                "section",
                new AsksSection(
                        deal,
                        asks.asks(viewer, id),
                        accounts.contacts(viewer, deal.accountId()),
                        steps,
                        form,
                        links.links(viewer, id),
                        newLinkUrl,
                        links.activity(viewer, id),
                        notice,
                        error));
        return "ask/section";
    }
}
