package io.closewright.notify;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a user's inbox.
 *
 * @param kind the kind's code, {@code kindLabel} its name
 * @param link a path inside the application to open, if any
 * @param readAt when the user read it; {@code read} says whether they did
 * @param deliveries the emails and webhooks sent (or being sent) for it
 */
public record NotificationView(
        long id,
        String kind,
        String kindLabel,
        String title,
        String body,
        @Nullable String link,
        @Nullable Long opportunityId,
        Instant createdAt,
        boolean read,
        @Nullable Instant readAt,
        List<DeliveryView> deliveries) {}
