package io.closewright.risk;

import java.time.Instant;

/**
 * A deal escalated to a manager with a note.
 *
 * @param managerId who was told
 * @param riskLevel the deal's level when it was escalated
 */
public record EscalationView(
        long id,
        long opportunityId,
        long escalatedById,
        String escalatedByName,
        long managerId,
        String managerName,
        String note,
        RiskLevel riskLevel,
        Instant createdAt) {}
