package io.closewright.nurture;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One drip email of one enrolled contact: which step, when it is due, what became of it.
 *
 * @param status {@code PENDING} (waiting for its day or its next attempt), {@code SENDING}, {@code SENT},
 *     {@code FAILED} (every attempt failed), {@code CANCELLED} (the drip stopped or the contact unsubscribed)
 * @param attempts how many times sending was tried
 * @param lastError the last SMTP error or why the email was cancelled
 * @param unsubscribeOpens how many times the recipient opened this email's unsubscribe link
 */
public record DripEmailView(
        long id,
        int step,
        @Nullable String subject,
        Instant dueAt,
        String status,
        int attempts,
        @Nullable Instant sentAt,
        @Nullable Instant nextAttemptAt,
        @Nullable String lastError,
        long unsubscribeOpens) {

    public boolean pending() {
        return "PENDING".equals(status) || "SENDING".equals(status);
    }
}
