package io.closewright.nurture;

import java.time.Instant;

/** An enrolled contact of a nurtured deal came back: a logged activity (a reply, a call) with them. */
public record RevivalSuggestion(
        long id,
        long opportunityId,
        long contactId,
        String contactName,
        long activityId,
        String summary,
        Instant raisedAt) {}
