package io.closewright.ask;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An ask as pages, the buyer page and the API show it, with its sentence and whether it is overdue today. */
public record AskView(
        long id,
        long opportunityId,
        long contactId,
        String contactName,
        String action,
        String outcome,
        String text,
        LocalDate dueDate,
        @Nullable String stepKey,
        AskStatus status,
        boolean overdue,
        @Nullable LocalDate closedOn,
        long version) {}
