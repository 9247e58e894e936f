package io.closewright.forecast.engine;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pipeline health of one scope. Every rate is a fraction (0.25 is 25%); a figure without the data to
 * compute it is null.
 *
 * @param coverage open pipeline closing in the period divided by the quota still to win ({@code quota -
 *     closed won}); null without a quota or once it is met
 * @param openPipelineInPeriod the amount of open deals closing in the period
 * @param winRate won / (won + lost) of the deals closed in the look-back window
 * @param averageCycleDays mean calendar days from creation to close of the deals won in the window
 * @param averageWonAmount mean amount of the deals won in the window
 * @param velocityPerDay sales velocity: open deals x average won amount x win rate / average cycle
 *     days (a cycle under one day counts as one)
 * @param slippageRate the share of open deals whose close date was pushed at least once
 * @param conversion per open stage, the share of deals that reached it and went on to a later stage
 * @param ageing open deals by days since they were created
 * @param averageAgeDays mean age of the open deals in days
 */
public record PipelineHealth(
        int openDeals,
        double openPipelineInPeriod,
        @Nullable Double quota,
        @Nullable Double coverage,
        @Nullable Double winRate,
        @Nullable Double averageCycleDays,
        @Nullable Double averageWonAmount,
        @Nullable Double velocityPerDay,
        @Nullable Double slippageRate,
        List<StageConversion> conversion,
        List<AgeBucket> ageing,
        @Nullable Double averageAgeDays) {

    /** Deals that reached a stage and, of those, how many went further; {@code rate} is null when none reached it. */
    public record StageConversion(
            String stage,
            long reached,
            long advanced,
            @Nullable Double rate) {}

    /** Open deals aged {@code fromDays} to {@code toDays} (null: no upper bound). */
    public record AgeBucket(
            String label, int fromDays, @Nullable Integer toDays, long deals, double amount) {}

    static final int[][] AGE_BUCKETS = {{0, 30}, {31, 60}, {61, 90}, {91, -1}};

    /** Computes every figure from the inputs; {@code stages} are the open stages in pipeline order. */
    public static PipelineHealth of(HealthInputs in, List<String> stages, java.util.Set<String> wonStages) {
        List<HealthInputs.ClosedDeal> won =
                in.closed().stream().filter(HealthInputs.ClosedDeal::won).toList();
        double pipeline = in.open().stream()
                .filter(d -> in.period().contains(d.closeDate()))
                .mapToDouble(HealthInputs.OpenDeal::amount)
                .sum();
        Double winRate =
                in.closed().isEmpty() ? null : (double) won.size() / in.closed().size();
        Double cycle = won.isEmpty()
                ? null
                : won.stream()
                        .mapToLong(d -> ChronoUnit.DAYS.between(d.createdOn(), d.closedOn()))
                        .average()
                        .orElse(0);
        Double avgWon = won.isEmpty()
                ? null
                : won.stream()
                        .mapToDouble(HealthInputs.ClosedDeal::amount)
                        .average()
                        .orElse(0);
        return new PipelineHealth(
                in.open().size(),
                pipeline,
                in.quota(),
                coverage(pipeline, in.quota(), in.closedWonInPeriod()),
                winRate,
                cycle,
                avgWon,
                velocity(in.open().size(), avgWon, winRate, cycle),
                slippage(in.open()),
                StageConversions.of(in.paths(), stages, wonStages),
                ageing(in),
                in.open().isEmpty()
                        ? null
                        : in.open().stream()
                                .mapToLong(d -> ChronoUnit.DAYS.between(d.createdOn(), in.today()))
                                .average()
                                .orElse(0));
    }

    static @Nullable Double coverage(double pipeline, @Nullable Double quota, double closedWon) {
        if (quota == null || quota - closedWon <= 0) {
            return null;
        }
        return pipeline / (quota - closedWon);
    }

    static @Nullable Double velocity(
            int open, @Nullable Double avgWon, @Nullable Double winRate, @Nullable Double cycle) {
        if (avgWon == null || winRate == null || cycle == null) {
            return null;
        }
        return open * avgWon * winRate / Math.max(cycle, 1.0);
    }

    private static @Nullable Double slippage(List<HealthInputs.OpenDeal> open) {
        if (open.isEmpty()) {
            return null;
        }
        return (double) open.stream().filter(d -> d.pushes() > 0).count() / open.size();
    }

    private static List<AgeBucket> ageing(HealthInputs in) {
        return java.util.Arrays.stream(AGE_BUCKETS)
                .map(b -> {
                    List<HealthInputs.OpenDeal> inBucket = in.open().stream()
                            .filter(d -> {
                                long age = ChronoUnit.DAYS.between(d.createdOn(), in.today());
                                return age >= b[0] && (b[1] < 0 || age <= b[1]);
                            })
                            .toList();
                    String label = b[1] < 0 ? b[0] + "+ days" : b[0] + "–" + b[1] + " days";
                    return new AgeBucket(
                            label,
                            b[0],
                            b[1] < 0 ? null : b[1],
                            inBucket.size(),
                            inBucket.stream()
                                    .mapToDouble(HealthInputs.OpenDeal::amount)
                                    .sum());
                })
                .toList();
    }
}
