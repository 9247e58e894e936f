package io.closewright.risk;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.nurture.NurtureManagement;
import io.closewright.opportunity.ForecastCategory;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' Team risks page: the team's open deals by level, filterable by level, rep, signal and
 * forecast category, with the deals and money at risk per level and a chart of them.
 */
@Controller
class TeamRisksPageController {

    static final int PAGE_SIZE = 50;

    private final RiskManagement risks;
    private final IdentityManagement identity;
    private final NurtureManagement nurture;

    TeamRisksPageController(RiskManagement risks, IdentityManagement identity, NurtureManagement nurture) {
        this.risks = risks;
        this.identity = identity;
        this.nurture = nurture;
    }

    @GetMapping("/team/risks")
    String teamRisks(@AuthenticationPrincipal UserPrincipal me, @RequestParam Map<String, String> params, Model model) {
        Viewer viewer = me.viewer();
        if (!viewer.leadsOthers()) {
            throw new AccessDeniedException("Team risks are for managers and admins");
        }
        Form filters = Form.posted(params);
        RiskFilter filter = new RiskFilter(
                FormValues.choice(RiskLevel.class, filters.text("level"), "level", filters.errors()),
                FormValues.id(filters.text("owner"), "owner", filters.errors()),
                FormValues.choice(SignalCode.class, filters.text("signal"), "signal", filters.errors()),
                FormValues.choice(ForecastCategory.class, filters.text("category"), "category", filters.errors()));
        Integer page = FormValues.integer(filters.text("page"), "page", filters.errors());
        int pageNumber = page == null || page < 0 ? 0 : Math.min(page, 100_000);
        Paged<TeamRisk> deals = risks.risks(viewer, filter, new PageSlice(pageNumber, PAGE_SIZE));
        List<RiskTotal> totals = risks.totals(viewer, filter);
        model.addAttribute("deals", deals);
        model.addAttribute("totals", totals);
        model.addAttribute("filters", filters);
        model.addAttribute(
                "filtered",
                filter.level() != null
                        || filter.ownerId() != null
                        || filter.signal() != null
                        || filter.forecastCategory() != null);
        model.addAttribute("query", query(filters));
        model.addAttribute("users", identity.visibleUsers(viewer));
        model.addAttribute("chart", chart(totals));
        model.addAttribute("nurture", nurture.choice(viewer));
        return "risk/team";
    }

    /** Money per level as JSON for the chart: {@code {"levels":["High risk",...],"amounts":[...],"deals":[...]}}. */
    static String chart(List<RiskTotal> totals) {
        List<RiskLevel> levels = List.of(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW);
        Map<RiskLevel, BigDecimal> amounts = totals.stream()
                .collect(Collectors.groupingBy(
                        RiskTotal::level, Collectors.reducing(BigDecimal.ZERO, RiskTotal::amount, BigDecimal::add)));
        Map<RiskLevel, Long> deals = totals.stream()
                .collect(Collectors.groupingBy(RiskTotal::level, Collectors.summingLong(RiskTotal::deals)));
        return "{\"levels\":"
                + levels.stream().map(l -> "\"" + l.label() + "\"").collect(Collectors.joining(",", "[", "]"))
                + ",\"codes\":"
                + levels.stream().map(l -> "\"" + l.name() + "\"").collect(Collectors.joining(",", "[", "]"))
                + ",\"amounts\":"
                + levels.stream()
                        .map(l -> amounts.getOrDefault(l, BigDecimal.ZERO).toPlainString())
                        .collect(Collectors.joining(",", "[", "]"))
                + ",\"deals\":"
                + levels.stream()
                        .map(l -> String.valueOf(deals.getOrDefault(l, 0L)))
                        .collect(Collectors.joining(",", "[", "]"))
                + "}";
    }

    private static String query(Form filters) {
        return List.of("level", "owner", "signal", "category").stream()
                .filter(f -> filters.text(f) != null)
                .map(f ->
                        f + "=" + java.net.URLEncoder.encode(filters.text(f), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
