package io.closewright.risk;

import io.closewright.opportunity.ForecastCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A deal of the team with its current risk, as the Team risks page and {@code GET /api/risks} list it.
 *
 * @param signals the codes of its signals
 * @param summary the level and the signals named
 * @param projectedCloseDate the plan's projected close; null without a plan
 * @param suggestedCloseDate the close date the re-dating recommendation suggests; null without one
 * @param since when the deal's risk last changed
 */
public record TeamRisk(
        long opportunityId,
        String name,
        String accountName,
        long ownerId,
        String ownerName,
        BigDecimal amount,
        String currency,
        LocalDate closeDate,
        ForecastCategory forecastCategory,
        RiskLevel level,
        List<SignalCode> signals,
        String summary,
        @Nullable LocalDate projectedCloseDate,
        @Nullable LocalDate suggestedCloseDate,
        Instant since) {

    /** Whether risk recommends moving the deal to nurture (stale, and pushed or past its date). */
    public boolean nurtureRecommended() {
        return NurtureReason.recommended(signals);
    }

    /** The reason the "Move to nurture" form proposes. */
    public String nurtureReason() {
        return NurtureReason.fromCodes(signals);
    }
}
