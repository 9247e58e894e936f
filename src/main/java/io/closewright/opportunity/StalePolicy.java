package io.closewright.opportunity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When an open deal is stale (Pipedrive calls it rotting): it went longer than its stage's limit
 * without activity, counting from its latest activity or, while it has none, from its creation. Two things keep
 * a deal fresh whatever its past: an activity scheduled ahead, and a plan whose next open step is due
 * within the stage's limit. A stage with limit 0 never goes stale; closed deals never do.
 */
public final class StalePolicy {

    private StalePolicy() {}

    public static boolean isStale(
            OpportunityStatus status,
            int staleDays,
            DealActivity activity,
            Instant createdAt,
            LocalDate nextStepDue,
            Instant now,
            LocalDate today) {
        if (status != OpportunityStatus.OPEN || staleDays <= 0 || activity.next() != null) {
            return false;
        }
        if (nextStepDue != null && !nextStepDue.isBefore(today) && !nextStepDue.isAfter(today.plusDays(staleDays))) {
            return false;
        }
        Instant touched = activity.last() == null ? createdAt : activity.last();
        return touched.isBefore(now.minus(Duration.ofDays(staleDays)));
    }

    /**
     * A deal's latest and next activity as of {@code now}: a scheduled activity whose time has come is
     * the latest one from then on, until the activity module records the next.
     */
    public record DealActivity(Instant last, Instant next) {

        public static DealActivity asOf(Instant storedLast, Instant storedNext, Instant now) {
            if (storedNext == null || storedNext.isAfter(now)) {
                return new DealActivity(storedLast, storedNext);
            }
            boolean later = storedLast == null || storedNext.isAfter(storedLast);
            return new DealActivity(later ? storedNext : storedLast, null);
        }
    }
}
