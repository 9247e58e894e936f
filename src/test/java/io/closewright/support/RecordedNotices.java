package io.closewright.support;

import io.closewright.shared.NoticeRaised;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records every {@link NoticeRaised} the application publishes and commits (a notice raised in a
 * transaction that rolls back is not recorded), whatever thread publishes it.
 */
@Component
public class RecordedNotices {

    private final List<NoticeRaised> notices = new CopyOnWriteArrayList<>();

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeRaised notice) {
        notices.add(notice);
    }

    /** The notices of {@code kind} raised for {@code recipientId}, in the order they were raised. */
    public List<NoticeRaised> to(long recipientId, String kind) {
        return notices.stream()
                .filter(n -> n.recipientId() == recipientId && n.kind().equals(kind))
                .toList();
    }

    /** Every notice raised for {@code recipientId}, in the order they were raised. */
    public List<NoticeRaised> to(long recipientId) {
        return notices.stream().filter(n -> n.recipientId() == recipientId).toList();
    }

    /** Every notice about one deal, in the order they were raised. */
    public List<NoticeRaised> about(long opportunityId) {
        return notices.stream()
                .filter(n -> n.opportunityId() != null && n.opportunityId() == opportunityId)
                .toList();
    }

    /** The notices of {@code kind} about one deal. */
    public List<NoticeRaised> about(long opportunityId, String kind) {
        return notices.stream()
                .filter(n -> n.opportunityId() != null && n.opportunityId() == opportunityId)
                .filter(n -> n.kind().equals(kind))
                .toList();
    }
}
