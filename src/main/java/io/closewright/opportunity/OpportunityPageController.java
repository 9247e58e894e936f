package io.closewright.opportunity;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deal page: its header, the edit form, moving the close date (a later date needs a reason),
 * closing as won or lost, and the history. Each form names the version it changes; when someone else
 * saved in between, the form comes back with what the user typed and the deal's current values.
 */
@Controller
class OpportunityPageController {

    private final OpportunityManagement opportunities;
    private final IdentityManagement identity;
    private final DealHistory history;

    OpportunityPageController(OpportunityManagement opportunities, IdentityManagement identity, DealHistory history) {
        this.opportunities = opportunities;
        this.identity = identity;
        this.history = history;
    }

    @GetMapping("/opportunities/{id}")
    String deal(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        OpportunityView deal = opportunities.opportunity(me.viewer(), id);
        return page(me.viewer(), model, deal, Forms.blank(deal, opportunities.today(me.viewer())), null, null);
    }

    @PostMapping("/opportunities/{id}")
    String edit(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        OpportunityView current = opportunities.opportunity(me.viewer(), id);
        Form form = Form.posted(params);
        FormErrors errors = form.errors();
        Long version = FormValues.id(form.text("version"), "version", errors);
        BigDecimal amount = FormValues.amount(form.text("amount"), "amount", errors);
        if (amount == null && !errors.has("amount")) {
            errors.add("amount", "must not be empty");
        }
        String currency =
                form.text("currency") == null ? null : form.text("currency").toUpperCase(Locale.ROOT);
        Long ownerId = FormValues.id(form.text("ownerId"), "ownerId", errors);
        ForecastCategory category =
                FormValues.choice(ForecastCategory.class, form.text("forecastCategory"), "forecastCategory", errors);
        OpportunityChanges changes = new OpportunityChanges(
                form.value("name"),
                null,
                changed(ownerId, current.ownerId()),
                amount,
                changed(currency, current.currency()),
                changed(form.text("stage"), current.stage()),
                null,
                null,
                changed(category, current.forecastCategory()));
        return submit(
                me,
                model,
                redirect,
                current,
                "edit",
                form,
                () -> opportunities.change(me.viewer(), id, version, changes),
                "Saved the deal.");
    }

    @PostMapping("/opportunities/{id}/close-date")
    String moveCloseDate(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        OpportunityView current = opportunities.opportunity(me.viewer(), id);
        Form form = Form.posted(params);
        Long version = FormValues.id(form.text("version"), "version", form.errors());
        LocalDate date = FormValues.date(form.text("closeDate"), "closeDate", form.errors());
        if (date == null && !form.errors().has("closeDate")) {
            form.errors().add("closeDate", "choose the new close date");
        }
        return submit(
                me,
                model,
                redirect,
                current,
                "closeDate",
                form,
                () -> opportunities.change(
                        me.viewer(), id, version, OpportunityChanges.closeDate(date, form.text("reason"))),
                "Close date moved.");
    }

    @PostMapping("/opportunities/{id}/close")
    String close(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        OpportunityView current = opportunities.opportunity(me.viewer(), id);
        Form form = Form.posted(params);
        FormErrors errors = form.errors();
        Long version = FormValues.id(form.text("version"), "version", errors);
        CloseOutcome outcome = FormValues.choice(CloseOutcome.class, form.text("outcome"), "outcome", errors);
        if (outcome == null && !errors.has("outcome")) {
            errors.add("outcome", "choose won or lost");
        }
        LocalDate closedOn = FormValues.date(form.text("closedOn"), "closedOn", errors);
        BigDecimal amount = FormValues.amount(form.text("amount"), "amount", errors);
        return submit(
                me,
                model,
                redirect,
                current,
                "close",
                form,
                () -> opportunities.close(me.viewer(), id, version, outcome, closedOn, amount, form.text("reason")),
                outcome == CloseOutcome.WON ? "Deal won. Well done!" : "Deal closed as lost.");
    }

    private String submit(
            UserPrincipal me,
            Model model,
            RedirectAttributes redirect,
            OpportunityView current,
            String which,
            Form form,
            Supplier<OpportunityView> action,
            String success) {
        OpportunityView stale = null;
        if (!form.hasErrors()) {
            try {
                action.get();
                redirect.addFlashAttribute("flash", success);
                return "redirect:/opportunities/" + current.id();
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            } catch (StateConflictException e) {
                form.errors().addGeneral(e.getMessage());
            } catch (StaleVersionException e) {
                stale = opportunities.opportunity(me.viewer(), current.id());
                current = stale;
                form.with("version", stale.version());
            }
        }
        Forms forms = Forms.blank(current, opportunities.today(me.viewer())).replace(which, form);
        return page(me.viewer(), model, current, forms, stale, which);
    }

    private String page(
            Viewer viewer, Model model, OpportunityView deal, Forms forms, OpportunityView stale, String staleIn) {
        List<UserView> users = identity.visibleUsers(viewer);
        model.addAttribute("deal", deal);
        model.addAttribute(
                "stages",
                opportunities.stages(viewer.workspaceId()).stream()
                        .filter(s -> !s.closed())
                        .toList());
        model.addAttribute(
                "users",
                users.stream()
                        .filter(u -> u.active() || u.id() == deal.ownerId())
                        .toList());
        model.addAttribute("editForm", forms.edit());
        model.addAttribute("closeDateForm", forms.closeDate());
        model.addAttribute("closeForm", forms.close());
        model.addAttribute("stale", stale);
        model.addAttribute("staleIn", staleIn);
        model.addAttribute("history", history.rows(viewer, deal.id(), users));
        return "opportunities/show";
    }

    private static <T> T changed(T value, T current) {
        return value == null || Objects.equals(value, current) ? null : value;
    }

    /** The three forms of the deal page, filled in from the deal unless one comes back from a post. */
    record Forms(Form edit, Form closeDate, Form close) {

        static Forms blank(OpportunityView deal, LocalDate today) {
            Form edit = Form.empty()
                    .with("name", deal.name())
                    .with("amount", plain(deal.amount()))
                    .with("currency", deal.currency())
                    .with("stage", deal.stage())
                    .with("forecastCategory", deal.forecastCategory())
                    .with("ownerId", deal.ownerId())
                    .with("version", deal.version());
            Form closeDate = Form.empty().with("closeDate", deal.closeDate()).with("version", deal.version());
            Form close = Form.empty()
                    .with("outcome", CloseOutcome.WON)
                    .with("closedOn", today)
                    .with("amount", plain(deal.amount()))
                    .with("version", deal.version());
            return new Forms(edit, closeDate, close);
        }

        Forms replace(String which, Form form) {
            return switch (which) {
                case "edit" -> new Forms(form, closeDate, close);
                case "closeDate" -> new Forms(edit, form, close);
                default -> new Forms(edit, closeDate, form);
            };
        }

        private static String plain(BigDecimal amount) {
            return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
        }
    }
}
