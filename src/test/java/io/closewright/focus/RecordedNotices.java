package io.closewright.focus;

import io.closewright.shared.NoticeRaised;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every {@link NoticeRaised} the application publishes, whatever thread publishes it. */
@Component
class RecordedNotices {

    private final List<NoticeRaised> notices = new CopyOnWriteArrayList<>();

    @EventListener
    void on(NoticeRaised notice) {
        notices.add(notice);
    }

    List<NoticeRaised> to(long recipientId) {
        return notices.stream().filter(n -> n.recipientId() == recipientId).toList();
    }
}
