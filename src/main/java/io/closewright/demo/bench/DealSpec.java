package io.closewright.demo.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One generated deal, kept in memory so the plan, checkup, ask and activity generators can follow it.
 *
 * @param account index into the account list (its contacts are {@code account * contactsPerAccount} on)
 * @param closeDate the current close date, after {@code pushes} pushes from {@code firstCloseDate}
 * @param closedOn null for an open deal
 */
record DealSpec(
        int index,
        long ownerId,
        int account,
        String stage,
        String status,
        String category,
        BigDecimal amount,
        LocalDate firstCloseDate,
        LocalDate closeDate,
        int pushes,
        LocalDate closedOn,
        String closeReason,
        OffsetDateTime createdAt,
        OffsetDateTime lastActivityAt) {

    boolean open() {
        return closedOn == null;
    }

    /** How far along the five open stages the deal got: 0 (qualify) to 4 (negotiate). */
    int stageRank() {
        return switch (stage) {
            case "qualify" -> 0;
            case "discover" -> 1;
            case "validate" -> 2;
            case "propose" -> 3;
            default -> 4;
        };
    }
}
