package io.closewright.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of an import as read from the file, before stages and owners are mapped: {@code won} is
 * true or false when the file says the deal closed won or lost, null when only the stage can tell;
 * {@code contacts} are the people the row names, to be added to its account.
 */
record SourceDeal(
        int line,
        String externalId,
        String name,
        String account,
        @Nullable String industry,
        String owner,
        String stage,
        @Nullable BigDecimal amount,
        @Nullable LocalDate closeDate,
        @Nullable LocalDate createdDate,
        @Nullable String currency,
        @Nullable Boolean won,
        List<SourceContact> contacts) {}
