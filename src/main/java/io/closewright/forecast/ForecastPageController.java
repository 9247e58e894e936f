package io.closewright.forecast;

import io.closewright.forecast.engine.Period;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.Preconditions;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Forecast page: categories of a period, the simulated p10 to p90 band, the roll-up per person with
 * calls editable in place and, for admins and managers, the quotas of the people below them. A period
 * that is not one shows the message next to the period field. The call and quota forms post with htmx
 * (answered with the page's body) and without JavaScript (answered with the whole page); a stale version
 * says so on the form and changes nothing.
 */
@Controller
class ForecastPageController {

    private final ForecastManagement forecasts;
    private final IdentityManagement identity;
    private final OpportunityManagement opportunities;

    ForecastPageController(
            ForecastManagement forecasts, IdentityManagement identity, OpportunityManagement opportunities) {
        this.forecasts = forecasts;
        this.identity = identity;
        this.opportunities = opportunities;
    }

    @GetMapping("/forecast")
    String forecast(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String scope,
            Model model) {
        Form filter = Form.empty().with("period", period == null ? "" : period);
        String key = period;
        if (period != null && !period.isBlank() && Period.parse(period).isEmpty()) {
            filter.errors().add("period", ForecastScopes.PERIOD_FORMAT);
            key = null;
        }
        ScopeChoice choice = fill(me.viewer(), key, scope, model);
        filter.with("scope", choice.value());
        model.addAttribute("filter", filter);
        return "forecast/page";
    }

    @PostMapping("/forecast/call")
    String call(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestParam Map<String, String> params,
            Model model) {
        Form form = Form.posted(params);
        BigDecimal amount = FormValues.amount(form.text("amount"), "amount", form.errors());
        if (amount == null && !form.errors().has("amount")) {
            form.errors().add("amount", "enter the amount you call for the period");
        }
        String period = params.getOrDefault("period", "");
        String version0 = params.getOrDefault("version", "");
        Long version = version0.isBlank() ? null : FormValues.id(version0, "version", form.errors());
        if (!form.hasErrors()) {
            try {
                forecasts.call(me.viewer(), period, amount, version);
                form = Form.empty();
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            } catch (StaleVersionException | Preconditions.PreconditionRequiredException e) {
                form = Form.empty();
                form.errors()
                        .add(
                                "amount",
                                "Someone changed this call meanwhile; it now shows their amount. Save yours again if you still mean it.");
            }
        }
        model.addAttribute("callForm", form);
        return answer(me.viewer(), htmx, period, params.get("scope"), model);
    }

    @PostMapping("/forecast/quota")
    String quota(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestParam Map<String, String> params,
            Model model) {
        Form form = Form.posted(params);
        Long userId = FormValues.id(form.text("userId"), "quota", form.errors());
        BigDecimal amount = FormValues.amount(form.text("quota"), "quota", form.errors());
        if (amount == null && !form.errors().has("quota")) {
            form.errors().add("quota", "enter the quota for the period, 0 or more");
        }
        String period = params.getOrDefault("period", "");
        String version0 = params.getOrDefault("version", "");
        Long version = version0.isBlank() ? null : FormValues.id(version0, "quota", form.errors());
        if (userId == null) {
            throw new RuleViolationException("userId", "must be a person of the roll-up");
        }
        if (!form.hasErrors()) {
            try {
                forecasts.quota(me.viewer(), period, userId, amount, null, version);
                form = Form.empty();
            } catch (RuleViolationException e) {
                for (io.closewright.shared.FieldProblem p : e.problems()) {
                    form.errors().add("quota", p.message());
                }
            } catch (StaleVersionException | Preconditions.PreconditionRequiredException e) {
                form = Form.empty();
                form.errors()
                        .add(
                                "quota",
                                "Someone changed this quota meanwhile; it now shows their amount. Save yours again if you still mean it.");
            }
        }
        model.addAttribute("quotaForm", form);
        model.addAttribute("quotaUser", userId);
        return answer(me.viewer(), htmx, period, params.get("scope"), model);
    }

    /** The page's body for htmx, the whole page (with its filter form) for a plain form post. */
    private String answer(Viewer viewer, @Nullable String htmx, String period, @Nullable String scope, Model model) {
        String key = Period.parse(period).isPresent() ? period : null;
        ScopeChoice choice = fill(viewer, key, scope, model);
        if (htmx != null) {
            return "forecast/body";
        }
        model.addAttribute(
                "filter", Form.empty().with("period", key == null ? "" : key).with("scope", choice.value()));
        return "forecast/page";
    }

    private ScopeChoice fill(Viewer viewer, @Nullable String period, @Nullable String scope, Model model) {
        List<ScopeChoice> options = ScopeChoice.options(viewer, identity.visibleUsers(viewer));
        ScopeChoice choice = ScopeChoice.parse(scope, options, viewer);
        ForecastView view = forecasts.forecast(viewer, period, choice.ownerId(), choice.teamOf());
        model.addAttribute("view", view);
        model.addAttribute("scopes", options);
        model.addAttribute("scope", choice);
        model.addAttribute("periods", periods(opportunities.today(viewer), view.period()));
        model.addAttribute("band", ForecastCharts.band(view));
        model.addAttribute("me", viewer.userId());
        model.addAttribute("quotaEditable", quotaEditable(viewer, view));
        model.addAttribute("quotaCurrency", view.currency());
        if (!model.containsAttribute("callForm")) {
            model.addAttribute("callForm", Form.empty());
        }
        if (!model.containsAttribute("quotaForm")) {
            model.addAttribute("quotaForm", Form.empty());
            model.addAttribute("quotaUser", -1L);
        }
        return choice;
    }

    /**
     * The people of the roll-up whose quota the viewer may set: anyone for an admin, the people below them
     * for a manager (every roll-up row is someone the viewer may see), nobody for a rep.
     */
    static Set<Long> quotaEditable(Viewer viewer, ForecastView view) {
        if (!viewer.isAdmin() && !viewer.leadsOthers()) {
            return Set.of();
        }
        return view.rollUp().stream()
                .map(ForecastView.RollUpRow::userId)
                .filter(id -> viewer.isAdmin() || id != viewer.userId())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Last quarter to two quarters ahead, months and quarters, plus the period shown if it is another. */
    static List<String> periods(LocalDate today, String shown) {
        List<String> keys = new ArrayList<>();
        Period month = Period.monthOf(today).previous().previous().previous();
        for (int i = 0; i < 9; i++, month = month.next()) {
            keys.add(month.key());
        }
        Period quarter = Period.quarterOf(today).previous();
        for (int i = 0; i < 4; i++, quarter = quarter.next()) {
            keys.add(quarter.key());
        }
        if (!keys.contains(shown)) {
            keys.add(0, shown);
        }
        return keys;
    }
}
