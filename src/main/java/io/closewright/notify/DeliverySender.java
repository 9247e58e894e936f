package io.closewright.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the due emails and webhooks of the outbox: claims a batch under a fresh claimant id, sends each
 * and records the outcome, a failure due again after the {@link RetryPolicy}'s wait or given up. Each row
 * is claimed by exactly one sender, whichever instance runs it, and a sent row is never sent again.
 */
@Component
class DeliverySender {

    private static final Logger LOG = LoggerFactory.getLogger(DeliverySender.class);

    private final Deliveries deliveries;
    private final MailChannel mail;
    private final WebhookChannel webhooks;
    private final NotifySettings settings;
    private final RetryPolicy retry;
    private final Clock clock;

    DeliverySender(
            Deliveries deliveries, MailChannel mail, WebhookChannel webhooks, NotifySettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.mail = mail;
        this.webhooks = webhooks;
        this.settings = settings;
        this.retry = new RetryPolicy(settings.maxAttempts(), settings.retryBase());
        this.clock = clock;
    }

    /** Sends what is due now, batch after batch until nothing is left, and answers how many were sent. */
    int sendDue() {
        int sent = 0;
        int batch;
        do {
            String claimant = UUID.randomUUID().toString();
            Instant now = clock.instant();
            List<Deliveries.Due> due =
                    deliveries.claim(claimant, now, now.plus(settings.claimTimeout()), settings.batchSize());
            batch = due.size();
            for (Deliveries.Due d : due) {
                sent += send(d, claimant) ? 1 : 0;
            }
        } while (batch == settings.batchSize());
        return sent;
    }

    private boolean send(Deliveries.Due due, String claimant) {
        try {
            switch (due.channel()) {
                case EMAIL -> mail.send(due);
                case WEBHOOK -> webhooks.send(due);
                case INBOX -> throw new DeliveryFailedException("the inbox needs no delivery", true);
            }
            deliveries.sent(due, claimant, clock.instant());
            return true;
        } catch (DeliveryFailedException e) {
            Instant next = e.permanent()
                    ? null
                    : retry.nextAttempt(due.attempts() + 1, clock.instant()).orElse(null);
            deliveries.failed(due, claimant, e.getMessage(), next);
            LOG.info(
                    "Delivery {} ({}) failed: {}; {}",
                    due.id(),
                    due.channel(),
                    e.getMessage(),
                    next == null ? "given up" : "next attempt at " + next);
            return false;
        }
    }
}
