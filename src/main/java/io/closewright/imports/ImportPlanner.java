package io.closewright.imports;

import io.closewright.opportunity.ForecastCategory;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.StageView;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Decides what each read row becomes: the stage from the mapping (a row the file marks won or lost goes
 * to the won or lost stage), the status and forecast category that follow from it, the amount (0 when
 * the file has none and no price list prices it), and the close date. A closed deal needs its close
 * date; an open deal without one is expected to close {@code cycleDays} after it was created or engaged
 * (or after today when the file has neither), the sample's median sales cycle by default.
 */
final class ImportPlanner {

    private final StageMapping stages;
    private final String importer;
    private final String defaultCurrency;
    private final LocalDate today;
    private final int cycleDays;

    ImportPlanner(StageMapping stages, String importer, String defaultCurrency, LocalDate today, int cycleDays) {
        this.stages = stages;
        this.importer = importer;
        this.defaultCurrency = defaultCurrency;
        this.today = today;
        this.cycleDays = cycleDays;
    }

    /** The planned deal, or an error naming why the row cannot be imported. */
    Object plan(SourceDeal deal) {
        Optional<StageView> mapped = deal.won() == null ? stages.target(deal.stage()) : stages.closing(deal.won());
        if (mapped.isEmpty()) {
            return new RowError(
                    deal.line(),
                    "stage '" + ImportedValues.shorten(deal.stage()) + "' is not mapped to a stage; choose one for it");
        }
        StageView stage = mapped.get();
        OpportunityStatus status =
                !stage.closed() ? OpportunityStatus.OPEN : stage.won() ? OpportunityStatus.WON : OpportunityStatus.LOST;
        if (status != OpportunityStatus.OPEN && deal.closeDate() == null) {
            return new RowError(deal.line(), "is closed " + status.name().toLowerCase() + " but has no close date");
        }
        LocalDate closeDate = deal.closeDate() != null
                ? deal.closeDate()
                : (deal.createdDate() != null ? deal.createdDate() : today).plusDays(cycleDays);
        ForecastCategory category = switch (status) {
            case WON -> ForecastCategory.CLOSED;
            case LOST -> ForecastCategory.OMITTED;
            default -> ForecastCategory.PIPELINE;
        };
        BigDecimal amount = deal.amount() == null ? BigDecimal.ZERO.setScale(2) : deal.amount();
        String currency = deal.currency() == null ? defaultCurrency : deal.currency();
        String owner = deal.owner().isEmpty() ? importer : deal.owner();
        LocalDate closedOn = status == OpportunityStatus.OPEN ? null : closeDate;
        String fingerprint = fingerprint(
                deal.name(),
                deal.account(),
                owner,
                stage.key(),
                amount.toPlainString(),
                currency,
                String.valueOf(deal.closeDate()),
                String.valueOf(deal.createdDate()),
                status.name());
        return new PlannedDeal(
                deal, stage.key(), status, category, owner, amount, currency, closeDate, closedOn, fingerprint);
    }

    static String fingerprint(String... values) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String v : values) {
                digest.update(v.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
