package io.closewright.checkup;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.closeplan.PlanView;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds a viewer's {@link CheckupAgenda} from the schedules of their open deals, read set-based: the same
 * schedule as each deal's page, from a fixed number of queries for all the deals.
 */
@Component
class CheckupAgendas {

    private static final int WEEK_WORKING_DAYS = 5;
    static final int MAX_DEALS = 500;

    private final OpenDeals deals;
    private final CheckupBatch batch;
    private final CheckupReminders reminders;
    private final OpportunityManagement opportunities;
    private final ClosePlanManagement plans;

    CheckupAgendas(
            OpenDeals deals,
            CheckupBatch batch,
            CheckupReminders reminders,
            OpportunityManagement opportunities,
            ClosePlanManagement plans) {
        this.deals = deals;
        this.batch = batch;
        this.reminders = reminders;
        this.opportunities = opportunities;
        this.plans = plans;
    }

    CheckupAgenda agenda(Viewer viewer, boolean mine) {
        return agenda(viewer, mine, MAX_DEALS);
    }

    /** The agenda over the {@code maxDeals} visible deals closing first; the rest are counted, not lost silently. */
    CheckupAgenda agenda(Viewer viewer, boolean mine, int maxDeals) {
        LocalDate today = opportunities.today(viewer);
        List<OpenDeals.OpenDeal> listed = deals.visible(viewer, mine, maxDeals);
        long leftOut = listed.size() < maxDeals ? 0 : deals.countVisible(viewer, mine) - listed.size();
        Map<Long, OpenDeals.OpenDeal> byId = new LinkedHashMap<>();
        Map<Long, LocalDate> closeDates = new LinkedHashMap<>();
        listed.forEach(d -> {
            byId.put(d.id(), d);
            closeDates.put(d.id(), d.closeDate());
        });
        Map<Long, PlanView> dealPlans = plans.plansClosing(viewer, closeDates);
        List<AgendaItem> items = new ArrayList<>();
        batch.scheduled(viewer, dealPlans, today).forEach((id, checkups) -> {
            OpenDeals.OpenDeal deal = byId.get(id);
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
                reminders.forUser(viewer, today),
                leftOut);
    }
}
