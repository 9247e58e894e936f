package io.closewright.nurture;

import io.closewright.opportunity.OpportunityRevived;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stops a deal's drip inside the transaction that revives it, so that no email still waiting goes out
 * once the deal is back in the pipeline, whoever revived it.
 */
@Component
class DripStops {

    private final Enrolments enrolments;
    private final Clock clock;

    DripStops(Enrolments enrolments, Clock clock) {
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @EventListener
    void on(OpportunityRevived event) {
        enrolments.stop(event.opportunityId(), "REVIVED", clock.instant());
    }
}
