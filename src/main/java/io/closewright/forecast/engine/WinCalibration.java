package io.closewright.forecast.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * Win probabilities per stage, calibrated from the workspace's own closed deals.
 *
 * <p>While fewer than {@code minClosedDeals} deals have closed, the stage probabilities are used as
 * they are ({@link Source#STAGE}). After that ({@link Source#HISTORY}), a stage's probability is the
 * share of the deals that closed from it (their last open stage) that were won, shrunk toward the stage
 * probability by {@code priorWeight} pseudo-deals: {@code (won + w * stage) / (closed + w)}. A stage
 * with few closed deals thus stays near its configured probability.
 */
public final class WinCalibration {

    /** Where the probabilities came from. */
    public enum Source {
        STAGE,
        HISTORY
    }

    /** Deals that closed from one stage: how many were won and how many lost. */
    public record Outcomes(long won, long lost) {
        public long closed() {
            return won + lost;
        }
    }

    private final Map<String, Double> probabilities;
    private final Source source;
    private final long closedDeals;

    private WinCalibration(Map<String, Double> probabilities, Source source, long closedDeals) {
        this.probabilities = probabilities;
        this.source = source;
        this.closedDeals = closedDeals;
    }

    /**
     * Calibrates from {@code outcomes} per last open stage; {@code stageProbabilities} are 0 to 1.
     */
    public static WinCalibration of(
            Map<String, Double> stageProbabilities,
            Map<String, Outcomes> outcomes,
            int minClosedDeals,
            double priorWeight) {
        long closed = outcomes.values().stream().mapToLong(Outcomes::closed).sum();
        if (closed < minClosedDeals) {
            return new WinCalibration(Map.copyOf(stageProbabilities), Source.STAGE, closed);
        }
        Map<String, Double> calibrated = new HashMap<>();
        stageProbabilities.forEach((stage, prior) -> {
            Outcomes o = outcomes.getOrDefault(stage, new Outcomes(0, 0));
            calibrated.put(stage, (o.won() + priorWeight * prior) / (o.closed() + priorWeight));
        });
        return new WinCalibration(Map.copyOf(calibrated), Source.HISTORY, closed);
    }

    /** The win probability of a deal in {@code stage}; 0 for a stage not known. */
    public double probability(String stage) {
        return probabilities.getOrDefault(stage, 0.0);
    }

    public Source source() {
        return source;
    }

    public long closedDeals() {
        return closedDeals;
    }
}
