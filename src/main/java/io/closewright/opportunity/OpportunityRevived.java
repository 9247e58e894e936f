package io.closewright.opportunity;

import java.time.LocalDate;

/** A nurtured deal came back into the pipeline, now closing on {@code closeDate} (it closed on {@code from} before). */
public record OpportunityRevived(
        long opportunityId, long workspaceId, long ownerId, LocalDate from, LocalDate closeDate) {}
