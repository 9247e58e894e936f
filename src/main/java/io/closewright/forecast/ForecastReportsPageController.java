package io.closewright.forecast;

import io.closewright.forecast.engine.Period;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.shared.web.Form;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Accuracy page (forecast against actual over the last closed months) and the Pipeline health page. */
@Controller
class ForecastReportsPageController {

    private final ForecastManagement forecasts;
    private final IdentityManagement identity;

    ForecastReportsPageController(ForecastManagement forecasts, IdentityManagement identity) {
        this.forecasts = forecasts;
        this.identity = identity;
    }

    @GetMapping("/forecast/accuracy")
    String accuracy(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) @Nullable String scope,
            Model model) {
        ScopeChoice choice = scope(me.viewer(), scope, model);
        AccuracyView view = forecasts.accuracy(me.viewer(), choice.ownerId(), choice.teamOf(), 6, "month");
        model.addAttribute("view", view);
        model.addAttribute(
                "charts",
                view.people().stream()
                        .collect(Collectors.toMap(
                                AccuracyView.PersonAccuracy::userId, ForecastCharts::accuracy, (a, b) -> a)));
        return "forecast/accuracy";
    }

    @GetMapping("/forecast/health")
    String health(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) @Nullable String scope,
            @RequestParam(required = false) @Nullable String period,
            Model model) {
        ScopeChoice choice = scope(me.viewer(), scope, model);
        Form filter = (Form) model.getAttribute("filter");
        String key = period;
        if (period != null && !period.isBlank() && Period.parse(period).isEmpty()) {
            filter.errors().add("period", ForecastScopes.PERIOD_FORMAT);
            key = null;
        }
        HealthView view = forecasts.health(me.viewer(), choice.ownerId(), choice.teamOf(), key);
        filter.with("period", period == null ? view.period() : period);
        model.addAttribute("view", view);
        model.addAttribute(
                "periods",
                List.of(
                        view.period(),
                        Period.parse(view.period()).orElseThrow().next().key()));
        return "forecast/health";
    }

    private ScopeChoice scope(Viewer viewer, @Nullable String scope, Model model) {
        List<ScopeChoice> options = ScopeChoice.options(viewer, identity.visibleUsers(viewer));
        ScopeChoice choice = ScopeChoice.parse(scope, options, viewer);
        model.addAttribute("scopes", options);
        model.addAttribute("filter", Form.empty().with("scope", choice.value()));
        return choice;
    }
}
