package io.closewright.ask;

import java.time.LocalDate;

/** An open ask in a rep's list, with the deal and contact it belongs to. */
public record OpenAsk(
        long id,
        long opportunityId,
        String opportunityName,
        String contactName,
        String text,
        LocalDate dueDate,
        boolean overdue) {}
