package io.closewright.nurture;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contact of a nurtured deal enrolled in a campaign, with each of its emails in sending order.
 *
 * @param stoppedAt when the drip stopped (the deal was revived), or null while it runs
 * @param unsubscribedAt when the contact unsubscribed from every campaign, or null
 */
public record EnrolmentView(
        long id,
        long campaignId,
        String campaignName,
        long opportunityId,
        String opportunityName,
        long contactId,
        String contactName,
        String email,
        String reason,
        Instant enrolledAt,
        @Nullable Instant stoppedAt,
        @Nullable String stopReason,
        @Nullable Instant unsubscribedAt,
        List<DripEmailView> emails) {

    /** The same enrolment with these emails. */
    EnrolmentView withEmails(List<DripEmailView> list) {
        return new EnrolmentView(
                id,
                campaignId,
                campaignName,
                opportunityId,
                opportunityName,
                contactId,
                contactName,
                email,
                reason,
                enrolledAt,
                stoppedAt,
                stopReason,
                unsubscribedAt,
                List.copyOf(list));
    }

    /** The next email still to go, or null. */
    public @Nullable DripEmailView next() {
        return emails.stream().filter(DripEmailView::pending).findFirst().orElse(null);
    }

    public long sent() {
        return emails.stream().filter(e -> "SENT".equals(e.status())).count();
    }

    public long unsubscribeOpens() {
        return emails.stream().mapToLong(DripEmailView::unsubscribeOpens).sum();
    }
}
