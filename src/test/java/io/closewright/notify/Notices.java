package io.closewright.notify;

import static org.awaitility.Awaitility.await;

import io.closewright.shared.NoticeRaised;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises notices as other modules do, inside a transaction (the notify module hears them after it
 * commits), and waits for what follows.
 */
@Component
class Notices {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    Notices(ApplicationEventPublisher events, TransactionTemplate tx) {
        this.events = events;
        this.tx = tx;
    }

    static NoticeRaised notice(long workspaceId, long recipientId, String kind, String title, String dedupKey) {
        return new NoticeRaised(workspaceId, recipientId, kind, title, "Details of " + title, "/inbox", null, dedupKey);
    }

    void raise(NoticeRaised notice) {
        tx.executeWithoutResult(s -> events.publishEvent(notice));
    }

    static void waitUntil(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }
}
