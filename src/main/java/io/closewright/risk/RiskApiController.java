package io.closewright.risk;

import io.closewright.identity.UserPrincipal;
import io.closewright.opportunity.ForecastCategory;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Deal risk over JSON: one deal's signals and recommendations, the team's deals at risk, escalations. */
@RestController
@Tag(name = "Risk")
class RiskApiController {

    private final RiskManagement risks;

    RiskApiController(RiskManagement risks) {
        this.risks = risks;
    }

    record EscalationBody(@Nullable String note) {}

    /** The team's deals at risk, one page, with the deals and money per level over the whole filter. */
    record RiskPage(List<TeamRisk> items, int page, int size, long total, List<RiskTotal> totals) {}

    @Operation(summary = "A deal's risk today: level, signals, recommendations and the cause of a slip")
    @GetMapping("/api/opportunities/{id}/risk")
    RiskView risk(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return risks.risk(me.viewer(), id);
    }

    @Operation(
            summary = "The open deals you may see with their risk, highest first; filter by level, ownerId,"
                    + " signal and forecastCategory")
    @GetMapping("/api/risks")
    RiskPage teamRisks(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) RiskLevel level,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) SignalCode signal,
            @RequestParam(required = false) ForecastCategory forecastCategory,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        RiskFilter filter = new RiskFilter(level, ownerId, signal, forecastCategory);
        Paged<TeamRisk> found = risks.risks(me.viewer(), filter, PageSlice.of(page, size));
        return new RiskPage(
                found.items(), found.page(), found.size(), found.total(), risks.totals(me.viewer(), filter));
    }

    @Operation(summary = "Escalate a deal to the manager with a note {note}; the manager is notified")
    @PostMapping("/api/opportunities/{id}/escalations")
    @ResponseStatus(HttpStatus.CREATED)
    EscalationView escalate(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable long id, @RequestBody EscalationBody body) {
        return risks.escalate(me.viewer(), id, body.note());
    }

    @Operation(summary = "Recompute the risk of every open deal of the workspace now (admins)")
    @PostMapping("/api/risks/recompute")
    RiskManagement.RecomputeResult recompute(@AuthenticationPrincipal UserPrincipal me) {
        return risks.recompute(me.viewer());
    }

    @Operation(summary = "A deal's escalations, latest first")
    @GetMapping("/api/opportunities/{id}/escalations")
    List<EscalationView> escalations(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return risks.escalations(me.viewer(), id);
    }
}
