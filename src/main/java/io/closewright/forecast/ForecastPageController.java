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
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Forecast page: categories of a period, the simulated p10 to p90 band, the roll-up per person with
 * calls editable in place. A period that is not one shows the message next to the period field.
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
        model.addAttribute("callForm", Form.empty());
        return "forecast/page";
    }

    @PostMapping("/forecast/call")
    String call(@AuthenticationPrincipal UserPrincipal me, @RequestParam Map<String, String> params, Model model) {
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
        fill(me.viewer(), Period.parse(period).isPresent() ? period : null, params.get("scope"), model);
        model.addAttribute("callForm", form);
        return "forecast/body";
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
        return choice;
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
