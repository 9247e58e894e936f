package io.closewright.focus;

import io.closewright.closeplan.scheduling.ScheduleStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a deal needs now: its plan's schedule status (null without a plan) and its focus items, ranked as
 * on its owner's Today; the first is the deal's next action.
 */
public record DealFocus(long opportunityId, @Nullable ScheduleStatus scheduleStatus, List<FocusItem> items) {

    public @Nullable FocusItem next() {
        return items.isEmpty() ? null : items.get(0);
    }
}
