package io.closewright.forecast.engine.backtest;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the Maven Analytics CRM sample: a deal engaged on {@code engaged} (null while prospecting)
 * and, once Won or Lost, closed on {@code closed} for {@code value} (0 when lost). {@code price} is the
 * list price of its product, the only amount an open deal carries.
 */
public record SampleDeal(
        String id,
        String agent,
        String product,
        String stage,
        @Nullable LocalDate engaged,
        @Nullable LocalDate closed,
        double value,
        double price) {

    public boolean won() {
        return "Won".equals(stage);
    }

    public boolean isClosed() {
        return closed != null;
    }
}
