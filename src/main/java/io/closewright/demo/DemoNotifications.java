package io.closewright.demo;

import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityFilter;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunitySort;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.NoticeRaised;
import io.closewright.shared.PageSlice;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the demo's inboxes: Maya (the manager) has a slip alert and an escalation about Riley's deals,
 * Riley a buyer's comment and a rule that fired, raised as the modules raise them so they also go out by
 * email when the demo has a mail server.
 */
@Component
class DemoNotifications {

    private final OpportunityManagement opportunities;
    private final ApplicationEventPublisher events;

    DemoNotifications(OpportunityManagement opportunities, ApplicationEventPublisher events) {
        this.opportunities = opportunities;
        this.events = events;
    }

    @Transactional
    void addTo(Viewer boss, long managerId, long repId) {
        List<OpportunityView> open = opportunities
                .opportunities(
                        boss,
                        new OpportunityFilter(
                                repId,
                                null,
                                null,
                                OpportunityStatus.OPEN,
                                null,
                                null,
                                null,
                                null,
                                OpportunitySort.AMOUNT,
                                true),
                        new PageSlice(0, 3))
                .items();
        if (open.size() < 3) {
            return;
        }
        long ws = boss.workspaceId();
        OpportunityView first = open.get(0);
        raise(
                ws,
                managerId,
                "slip-alert",
                first.name() + " will miss its period",
                "The plan cannot close by the target date; the buyer's legal review is on the critical path.",
                first);
        raise(
                ws,
                managerId,
                "escalation",
                "Riley escalated " + open.get(1).name(),
                "Procurement asks for a 20% discount; can we talk before Thursday?",
                open.get(1));
        raise(
                ws,
                repId,
                "buyer-comment",
                "The buyer commented on " + open.get(2).name(),
                "Can we move the security review to next week?",
                open.get(2));
        raise(
                ws,
                repId,
                "rule",
                "No activity on " + first.name() + " for 10 days",
                "Your rule \u201ctouch every big deal weekly\u201d fired.",
                first);
    }

    private void raise(long ws, long to, String kind, String title, String body, OpportunityView deal) {
        events.publishEvent(new NoticeRaised(
                ws, to, kind, title, body, "/opportunities/" + deal.id(), deal.id(), "demo:" + kind + ":" + deal.id()));
    }
}
