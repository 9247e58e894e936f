package io.closewright.nurture;

import io.closewright.shared.NoticeRaised;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every {@link NoticeRaised} the application published during the test run, for assertions. */
@Component
class RaisedNotices {

    private final List<NoticeRaised> raised = new CopyOnWriteArrayList<>();

    @EventListener
    void on(NoticeRaised notice) {
        raised.add(notice);
    }

    List<NoticeRaised> about(long opportunityId) {
        return raised.stream()
                .filter(n -> n.opportunityId() != null && n.opportunityId() == opportunityId)
                .toList();
    }
}
