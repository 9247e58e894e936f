package io.closewright.risk;

import io.closewright.shared.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Where and when a workspace's deals are assessed: its calendar, time zone, today and its rules. */
record RiskContext(
        long workspaceId, ZoneId zone, Instant now, LocalDate today, BusinessCalendar calendar, RiskRules rules) {

    RiskAssessor assessor() {
        return new RiskAssessor(rules, calendar, today);
    }
}
