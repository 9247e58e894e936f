package io.closewright.notify;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How far one email or webhook of a notification got.
 *
 * @param channel {@code EMAIL} or {@code WEBHOOK}
 * @param status {@code PENDING} (waiting or retrying), {@code SENT}, {@code FAILED} (given up) or
 *     {@code SKIPPED} (this server has no mail set up)
 * @param attempts how many times sending was tried
 * @param lastError why the last attempt failed, if it did
 */
public record DeliveryView(
        String channel,
        String status,
        int attempts,
        @Nullable Instant sentAt,
        @Nullable String lastError) {

    /** In words, for the inbox: "Emailed", "Webhook failing, retrying (2 attempts)", ... */
    public String summary() {
        String what = "EMAIL".equals(channel) ? "Email" : "Webhook";
        return switch (status) {
            case "SENT" -> "EMAIL".equals(channel) ? "Emailed" : "Posted to webhook";
            case "PENDING" ->
                attempts == 0
                        ? what + " being sent"
                        : what + " failing, retrying (" + attempts + (attempts == 1 ? " attempt)" : " attempts)");
            case "SKIPPED" -> what + " not sent: " + lastError;
            default -> what + " not delivered: " + lastError;
        };
    }

    /** The bootstrap icon of the state. */
    public String icon() {
        return switch (status) {
            case "SENT" -> "bi-check2";
            case "PENDING" -> attempts == 0 ? "bi-hourglass-split" : "bi-arrow-repeat";
            default -> "bi-exclamation-triangle";
        };
    }
}
