package io.closewright.checkup;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.closeplan.PlanView;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds a viewer's {@link CheckupAgenda} from the schedules of their open deals, read set-based (the same
 * schedule as each deal's page, from a fixed number of queries for all the deals).
 */
@Component
class CheckupAgendas {

    private static final int WEEK_WORKING_DAYS = 5;
    private static final int MAX_DEALS = 500;

    private final CheckupBatch batch;
    private final CheckupReminders reminders;
    private final OpportunityManagement opportunities;
    private final ClosePlanManagement plans;

    CheckupAgendas(
            CheckupBatch batch,
            CheckupReminders reminders,
            OpportunityManagement opportunities,
            ClosePlanManagement plans) {
        this.batch = batch;
        this.reminders = reminders;
        this.opportunities = opportunities;
        this.plans = plans;
    }

    CheckupAgenda agenda(Viewer viewer, boolean mine) {
        LocalDate today = opportunities.today(viewer);
        Map<Long, OpportunityView> deals =
                opportunities.boardCards(viewer, null, mine ? viewer.userId() : null, null, 0, MAX_DEALS).stream()
                        .collect(Collectors.toMap(OpportunityView::id, Function.identity()));
        Map<Long, PlanView> dealPlans = plans.plans(viewer, deals.values());
        List<AgendaItem> items = new ArrayList<>();
        batch.scheduled(viewer, dealPlans, today).forEach((id, checkups) -> {
            OpportunityView deal = deals.get(id);
            checkups.stream()
                    .filter(s -> !s.held())
                    .forEach(s -> items.add(new AgendaItem(s, id, deal.name(), deal.accountName(), deal.ownerName())));
        });
        items.sort(Comparator.comparing((AgendaItem i) -> i.checkup().scheduledOn())
                .thenComparing(i -> i.checkup().stepDueDate()));
        BusinessCalendar calendar = plans.businessCalendar(viewer.workspaceId());
        LocalDate weekEnd = calendar.plusWorkingDays(today, WEEK_WORKING_DAYS);
        return new CheckupAgenda(
                today,
                items.stream().filter(i -> i.checkup().overdue()).toList(),
                items.stream()
                        .filter(i -> !i.checkup().overdue()
                                && i.checkup().scheduledOn().equals(today))
                        .toList(),
                items.stream()
                        .filter(i -> !i.checkup().overdue()
                                && i.checkup().scheduledOn().isAfter(today)
                                && !i.checkup().scheduledOn().isAfter(weekEnd))
                        .toList(),
                reminders.forUser(viewer, today));
    }
}
