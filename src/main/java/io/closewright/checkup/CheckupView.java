package io.closewright.checkup;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A held checkup as pages and the API show it.
 *
 * @param deadline the due date it was measured against: its step's, or for a checkup without a step the
 *     deal's next due step (the close date when no step is open); null when there was none
 */
public record CheckupView(
        long id,
        long opportunityId,
        @Nullable String stepKey,
        LocalDate heldOn,
        @Nullable LocalDate deadline,
        @Nullable String problem,
        @Nullable String solution,
        @Nullable String notes,
        CheckupQuality quality,
        long recordedBy,
        String recordedByName,
        Instant recordedAt) {}
