package io.closewright.demo.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the deals of a benchmark workspace: 60% open over the five open stages (fewer the further along),
 * the rest won or lost over the last two years; amounts skewed (many small, a few large); about a third
 * with pushed close dates; the busy rep owns exactly {@link BenchShape#busyRepOpenDeals()} open deals.
 */
final class DealSpecs {

    private static final String[] STAGES = {"qualify", "discover", "validate", "propose", "negotiate"};
    private static final int[] STAGE_WEIGHTS = {30, 25, 20, 15, 10};
    private static final String[] PRODUCTS = {"Platform licence", "Expansion", "Renewal", "Pilot", "Rollout"};
    private static final String[] LOSS_REASONS = {"Lost to a competitor", "No budget this year", "Went quiet"};

    private DealSpecs() {}

    static List<DealSpec> draw(BenchShape shape, BenchTeam team, LocalDate today, SplittableRandom random) {
        List<DealSpec> deals = new ArrayList<>(shape.deals());
        int stride = shape.openDeals() / shape.busyRepOpenDeals();
        int open = 0;
        for (int i = 0; i < shape.deals(); i++) {
            boolean isOpen = open < shape.openDeals() && (i % 10 < 6 || shape.deals() - i <= shape.openDeals() - open);
            long owner;
            if (isOpen && open % stride == 0 && open / stride < shape.busyRepOpenDeals()) {
                owner = team.busyRepId();
            } else {
                owner = team.repIds().get(1 + random.nextInt(team.repIds().size() - 1));
            }
            deals.add(isOpen ? open(i, owner, shape, today, random) : closed(i, owner, shape, today, random));
            open += isOpen ? 1 : 0;
        }
        return deals;
    }

    private static DealSpec open(int i, long owner, BenchShape shape, LocalDate today, SplittableRandom random) {
        String stage = stage(random);
        LocalDate close = random.nextInt(100) < 8
                ? today.minusDays(1 + random.nextInt(30))
                : today.plusDays(1 + random.nextInt(270));
        int pushes = random.nextInt(100) < 30 ? 1 + random.nextInt(3) : 0;
        String category = switch (stage) {
            case "negotiate" -> "COMMIT";
            case "propose" -> random.nextBoolean() ? "BEST_CASE" : "COMMIT";
            case "validate" -> random.nextInt(3) == 0 ? "BEST_CASE" : "PIPELINE";
            default -> "PIPELINE";
        };
        OffsetDateTime created =
                today.minusDays(20 + random.nextInt(200)).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
        int quiet = random.nextInt(100) < 15 ? 25 + random.nextInt(35) : random.nextInt(14);
        OffsetDateTime last = max(
                created, today.minusDays(quiet).atTime(9 + random.nextInt(8), 0).atOffset(java.time.ZoneOffset.UTC));
        return new DealSpec(
                i,
                owner,
                random.nextInt(shape.accounts()),
                stage,
                "OPEN",
                category,
                amount(random),
                close.minusDays(21L * pushes),
                close,
                pushes,
                null,
                null,
                created,
                last);
    }

    private static DealSpec closed(int i, long owner, BenchShape shape, LocalDate today, SplittableRandom random) {
        boolean won = random.nextInt(100) < 45;
        LocalDate closedOn = today.minusDays(1 + random.nextInt(729));
        int pushes = random.nextInt(100) < 35 ? 1 + random.nextInt(3) : 0;
        OffsetDateTime created =
                closedOn.minusDays(30 + random.nextInt(150)).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
        OffsetDateTime last =
                closedOn.minusDays(random.nextInt(5)).atTime(10, 0).atOffset(java.time.ZoneOffset.UTC);
        return new DealSpec(
                i,
                owner,
                random.nextInt(shape.accounts()),
                won ? "won" : "lost",
                won ? "WON" : "LOST",
                won ? "CLOSED" : "OMITTED",
                amount(random),
                closedOn.minusDays(21L * pushes),
                closedOn,
                pushes,
                closedOn,
                won ? null : LOSS_REASONS[random.nextInt(LOSS_REASONS.length)],
                max(created, created),
                last);
    }

    static String product(DealSpec deal) {
        return PRODUCTS[deal.index() % PRODUCTS.length];
    }

    private static String stage(SplittableRandom random) {
        int roll = random.nextInt(100);
        for (int s = 0; s < STAGES.length; s++) {
            roll -= STAGE_WEIGHTS[s];
            if (roll < 0) {
                return STAGES[s];
            }
        }
        return STAGES[0];
    }

    /** 5,000 to 250,000 with most near the bottom; one deal in a hundred is eight times larger. */
    private static BigDecimal amount(SplittableRandom random) {
        double skew = Math.pow(random.nextDouble(), 3);
        double value = 5_000 + skew * 245_000;
        if (random.nextInt(100) == 0) {
            value *= 8;
        }
        return BigDecimal.valueOf(Math.round(value / 500) * 500L).setScale(2);
    }

    private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
