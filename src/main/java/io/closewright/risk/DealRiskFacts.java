package io.closewright.risk;

import io.closewright.closeplan.scheduling.PlanSchedule;
import io.closewright.opportunity.ForecastCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the risk policies look at for one open deal, loaded in sets by {@link RiskFacts}.
 *
 * @param managerId the owner's manager, who gets the slip alert; null when the owner has none
 * @param plan the deal's plan scheduled for today; null without a plan
 * @param overdueAskDueDates the due dates of the open asks past due, oldest first
 * @param openBlockersRaisedOn the days the open blockers were raised, oldest first
 * @param lastCheckupOn the day of the latest held checkup; null when none was held
 * @param createdOn the day the deal was opened
 * @param contactsInvolved distinct contacts taking part: in logged activities, asks, share links and
 *     as assignees of plan steps
 */
record DealRiskFacts(
        long opportunityId,
        long workspaceId,
        long ownerId,
        String ownerName,
        @Nullable Long managerId,
        String name,
        BigDecimal amount,
        String currency,
        ForecastCategory category,
        LocalDate closeDate,
        int closeDatePushes,
        boolean stale,
        @Nullable PlanSchedule plan,
        List<LocalDate> overdueAskDueDates,
        List<LocalDate> openBlockersRaisedOn,
        @Nullable LocalDate lastCheckupOn,
        LocalDate createdOn,
        int contactsInvolved) {}
