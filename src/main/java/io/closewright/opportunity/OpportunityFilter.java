package io.closewright.opportunity;

import java.time.LocalDate;

/**
 * Which deals to list: each non-null field narrows the list; {@code accountId} keeps one account's deals. {@code teamOf} keeps the deals of a
 * manager and everyone below them; {@code sort} is one of {@link OpportunitySort}.
 */
public record OpportunityFilter(
        Long ownerId,
        Long teamOf,
        Long accountId,
        OpportunityStatus status,
        String stage,
        LocalDate closingFrom,
        LocalDate closingTo,
        String query,
        OpportunitySort sort,
        boolean descending) {

    public static OpportunityFilter none() {
        return new OpportunityFilter(null, null, null, null, null, null, null, null, OpportunitySort.CLOSE_DATE, false);
    }
}
