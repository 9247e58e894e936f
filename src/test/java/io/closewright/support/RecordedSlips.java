package io.closewright.support;

import io.closewright.closeplan.PlanSlipped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every {@link PlanSlipped} the application publishes, whatever thread publishes it. */
@Component
public class RecordedSlips {

    private final List<PlanSlipped> slips = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PlanSlipped event) {
        slips.add(event);
    }

    public List<PlanSlipped> of(long opportunityId) {
        return slips.stream().filter(s -> s.opportunityId() == opportunityId).toList();
    }
}
