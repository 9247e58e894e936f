package io.closewright.checkup;

/** A scheduled checkup on a rep's agenda, with the deal it belongs to. */
public record AgendaItem(
        ScheduledCheckup checkup, long dealId, String dealName, String accountName, String ownerName) {}
