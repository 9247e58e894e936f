package io.closewright.forecast.engine;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What pipeline health is computed from, for one scope.
 *
 * @param open the open deals (status OPEN) of the scope
 * @param closed the deals of the scope closed (won or lost) within the look-back window
 * @param paths the stages each deal of the scope passed through, in order (open and closed deals)
 * @param quota the scope's quota for the period, null when none is set
 * @param closedWonInPeriod won in the period so far
 * @param today the workspace's today
 */
public record HealthInputs(
        List<OpenDeal> open,
        List<ClosedDeal> closed,
        List<StagePath> paths,
        @Nullable Double quota,
        double closedWonInPeriod,
        Period period,
        LocalDate today) {

    /** An open deal: its amount, when it was created, its close date and how often it was pushed. */
    public record OpenDeal(double amount, LocalDate createdOn, LocalDate closeDate, int pushes) {}

    /** A closed deal: won or lost, its amount, when it was created and when it closed. */
    public record ClosedDeal(boolean won, double amount, LocalDate createdOn, LocalDate closedOn) {}

    /** The stage keys a deal was in, first to last. */
    public record StagePath(List<String> stages) {}
}
