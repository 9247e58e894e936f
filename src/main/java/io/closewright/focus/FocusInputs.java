package io.closewright.focus;

import io.closewright.ask.OpenAsk;
import io.closewright.checkup.BlockerView;
import io.closewright.checkup.ScheduledCheckup;
import io.closewright.closeplan.PlanView;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything a focus list is made of, loaded in a fixed number of queries for all of a rep's open deals. */
record FocusInputs(
        LocalDate today,
        BusinessCalendar calendar,
        int horizonDays,
        int blockerLimitDays,
        Map<Long, OpportunityView> deals,
        Map<Long, PlanView> plans,
        Map<Long, List<ScheduledCheckup>> checkups,
        List<BlockerView> blockers,
        List<OpenAsk> asks,
        List<TaskView> tasks) {

    /** The last day that still counts as "due soon". */
    LocalDate horizon() {
        return calendar.plusWorkingDays(calendar.onOrAfter(today), horizonDays);
    }
}
