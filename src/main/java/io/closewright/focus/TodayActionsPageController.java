package io.closewright.focus;

import io.closewright.ask.AskManagement;
import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.identity.UserPrincipal;
import io.closewright.opportunity.OpportunityChanges;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one-click actions of the Today page: mark a step, ask or task done, snooze or delete a task, move a
 * deal's close date to the plan's earliest realistic date. Each answers by going back to the list with a
 * message; a deal or task the user may not see is the 404 page and nothing changes.
 */
@Controller
class TodayActionsPageController {

    private final FocusManagement focus;
    private final ClosePlanManagement plans;
    private final AskManagement asks;
    private final OpportunityManagement opportunities;

    TodayActionsPageController(
            FocusManagement focus, ClosePlanManagement plans, AskManagement asks, OpportunityManagement opportunities) {
        this.focus = focus;
        this.plans = plans;
        this.asks = asks;
        this.opportunities = opportunities;
    }

    @PostMapping("/today/steps/done")
    String completeStep(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam long opportunityId,
            @RequestParam String stepKey,
            @RequestParam(required = false) String rep,
            HttpServletRequest request) {
        return act(request, rep, () -> {
            plans.complete(me.viewer(), opportunityId, stepKey, null);
            return "Step marked done.";
        });
    }

    @PostMapping("/today/asks/done")
    String completeAsk(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam long opportunityId,
            @RequestParam long askId,
            @RequestParam(required = false) String rep,
            HttpServletRequest request) {
        return act(request, rep, () -> {
            asks.finish(me.viewer(), opportunityId, askId, false, null);
            return "Ask marked done.";
        });
    }

    @PostMapping("/today/tasks/{id}/done")
    String completeTask(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) String rep,
            HttpServletRequest request) {
        return act(
                request,
                rep,
                () -> "Done: " + focus.completeTask(me.viewer(), id, null).title());
    }

    @PostMapping("/today/tasks/{id}/snooze")
    String snoozeTask(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) String until,
            @RequestParam(required = false) String rep,
            HttpServletRequest request) {
        return act(request, rep, () -> {
            FormErrors errors = FormErrors.none();
            TaskView task = focus.snoozeTask(me.viewer(), id, null, FormValues.date(until, "until", errors));
            return "Snoozed: " + task.title() + " comes back on " + task.snoozedUntil() + ".";
        });
    }

    @PostMapping("/today/tasks/{id}/delete")
    String deleteTask(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) String rep,
            HttpServletRequest request) {
        return act(request, rep, () -> {
            focus.deleteTask(me.viewer(), id, null);
            return "Task deleted.";
        });
    }

    @PostMapping("/today/redate")
    String redate(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam long opportunityId,
            @RequestParam long version,
            @RequestParam String closeDate,
            @RequestParam(required = false) String rep,
            HttpServletRequest request) {
        return act(request, rep, () -> {
            FormErrors errors = FormErrors.none();
            var date = FormValues.date(closeDate, "closeDate", errors);
            if (date == null) {
                throw new RuleViolationException("closeDate", "the new close date is missing; reload the page");
            }
            opportunities.change(
                    me.viewer(),
                    opportunityId,
                    version,
                    OpportunityChanges.closeDate(date, "Re-dated from Today to the plan's earliest realistic close"));
            return "Close date moved to " + date + ".";
        });
    }

    private static String act(HttpServletRequest request, String rep, Supplier<String> action) {
        Long user = TodayLinks.user(rep);
        var flash = RequestContextUtils.getOutputFlashMap(request);
        try {
            flash.put("flash", action.get());
        } catch (StaleVersionException e) {
            flash.put("flashError", "Someone changed this deal meanwhile; the list below is current.");
        } catch (RuleViolationException | StateConflictException e) {
            flash.put("flashError", e.getMessage());
        }
        return "redirect:" + TodayLinks.today(user);
    }
}
