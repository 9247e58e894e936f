package io.closewright.activity;

import java.time.Instant;
import java.util.List;

/**
 * Someone logged an activity (a call, a meeting, an email received or sent, a note) on an account,
 * usually on one of its deals, with the contacts who took part.
 *
 * @param opportunityId the deal it was logged on, or null for one on the account alone
 * @param contactIds the account's contacts who took part (may be empty)
 */
public record ActivityLogged(
        long activityId,
        long workspaceId,
        long accountId,
        Long opportunityId,
        long authorId,
        ActivityType type,
        String subject,
        Instant occurredAt,
        List<Long> contactIds) {}
