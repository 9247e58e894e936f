package io.closewright.ask;

import java.time.LocalDate;

/** What a rep types for an ask: the contact, what they should do, what it gets the deal to, by when, and the step it serves. */
public record NewAsk(Long contactId, String action, String outcome, LocalDate dueDate, String stepKey) {}
