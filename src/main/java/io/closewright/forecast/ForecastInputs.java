package io.closewright.forecast;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.forecast.engine.CategoryFigures;
import io.closewright.forecast.engine.Period;
import io.closewright.forecast.engine.SimDeal;
import io.closewright.forecast.engine.SlipHistory;
import io.closewright.forecast.engine.WinCalibration;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.StageView;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The inputs of a forecast beyond the deal rows: category sums per owner, the win calibration and slip
 * history from the deals the viewer may see, and each open deal's expected close day from its plan.
 */
@Component
class ForecastInputs {

    private final ForecastQueries queries;
    private final OpportunityManagement opportunities;
    private final ClosePlanManagement plans;
    private final ForecastSettings settings;

    ForecastInputs(
            ForecastQueries queries,
            OpportunityManagement opportunities,
            ClosePlanManagement plans,
            ForecastSettings settings) {
        this.queries = queries;
        this.opportunities = opportunities;
        this.plans = plans;
        this.settings = settings;
    }

    /** Each owner's own categories: open deals closing in the period by category and weighted, and won in it. */
    Map<Long, CategoryFigures> ownFigures(
            Viewer viewer, ForecastScope scope, Period period, List<ForecastQueries.OpenRow> open) {
        Map<String, Integer> probability = stageProbabilities(viewer);
        Map<Long, CategoryFigures> own = new HashMap<>();
        for (ForecastQueries.OpenRow d : open) {
            if (period.contains(d.closeDate())) {
                own.merge(
                        d.ownerId(),
                        CategoryFigures.ZERO.withOpen(
                                d.amount(), category(d.category()), probability.getOrDefault(d.stage(), 0)),
                        CategoryFigures::plus);
            }
        }
        for (ForecastQueries.ClosedRow c : queries.closed(viewer, scope, period.start(), period.end())) {
            if (c.won()) {
                own.merge(c.ownerId(), CategoryFigures.ZERO.withWon(c.amount()), CategoryFigures::plus);
            }
        }
        return own;
    }

    /** The read of the viewer's closed deals that both {@link #calibration} and {@link #slips} are made from. */
    ForecastQueries.ClosedHistory closedHistory(Viewer viewer) {
        return queries.closedHistory(viewer, since(viewer));
    }

    WinCalibration calibration(Viewer viewer, ForecastQueries.ClosedHistory history) {
        Map<String, Double> stages = new HashMap<>();
        stageProbabilities(viewer).forEach((k, p) -> stages.put(k, p / 100.0));
        return WinCalibration.of(stages, history.outcomesByStage(), settings.minClosedDeals(), settings.priorWeight());
    }

    SlipHistory slips(ForecastQueries.ClosedHistory history) {
        List<Integer> slips = history.slips();
        return slips.size() < settings.minClosedDeals() ? SlipHistory.none() : SlipHistory.of(slips);
    }

    /** The open deals as the simulation sees them: each closes on the later of its close date, its plan's projection and today. */
    List<SimDeal> simDeals(Viewer viewer, List<ForecastQueries.OpenRow> open, WinCalibration calibration) {
        Map<Long, LocalDate> targets = new HashMap<>();
        open.forEach(d -> targets.put(d.id(), d.closeDate()));
        Map<Long, LocalDate> projected = plans.projectedCloseDates(viewer.workspaceId(), targets);
        LocalDate today = opportunities.today(viewer);
        return open.stream()
                .map(d -> new SimDeal(
                        d.id(),
                        d.ownerId(),
                        d.name(),
                        d.amount().doubleValue(),
                        calibration.probability(d.stage()),
                        latest(d.closeDate(), projected.get(d.id()), today)))
                .toList();
    }

    private static LocalDate latest(LocalDate close, LocalDate projected, LocalDate today) {
        LocalDate day = close.isBefore(today) ? today : close;
        return projected != null && projected.isAfter(day) ? projected : day;
    }

    private LocalDate since(Viewer viewer) {
        return opportunities.today(viewer).minusDays(settings.historyDays());
    }

    private Map<String, Integer> stageProbabilities(Viewer viewer) {
        Map<String, Integer> p = new HashMap<>();
        for (StageView s : opportunities.stages(viewer.workspaceId())) {
            if (!s.closed()) {
                p.put(s.key(), s.probability());
            }
        }
        return p;
    }

    private static CategoryFigures.Category category(String name) {
        return switch (name) {
            case "COMMIT" -> CategoryFigures.Category.COMMIT;
            case "BEST_CASE" -> CategoryFigures.Category.BEST_CASE;
            case "PIPELINE" -> CategoryFigures.Category.PIPELINE;
            default -> CategoryFigures.Category.OMITTED;
        };
    }
}
