package io.closewright.checkup;

import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds a viewer's {@link CheckupAgenda} from the schedules of their open deals. */
@Component
class CheckupAgendas {

    private static final int WEEK_WORKING_DAYS = 5;
    static final int MAX_DEALS = 500;

    private final OpenDeals deals;
    private final DealContexts contexts;
    private final CheckupLog log;
    private final CheckupReminders reminders;
    private final OpportunityManagement opportunities;

    CheckupAgendas(
            OpenDeals deals,
            DealContexts contexts,
            CheckupLog log,
            CheckupReminders reminders,
            OpportunityManagement opportunities) {
        this.deals = deals;
        this.contexts = contexts;
        this.log = log;
        this.reminders = reminders;
        this.opportunities = opportunities;
    }

    CheckupAgenda agenda(Viewer viewer, boolean mine) {
        return agenda(viewer, mine, MAX_DEALS);
    }

    /** The agenda over the {@code maxDeals} visible deals closing first; the rest are counted, not lost silently. */
    CheckupAgenda agenda(Viewer viewer, boolean mine, int maxDeals) {
        LocalDate today = opportunities.today(viewer);
        List<AgendaItem> items = new ArrayList<>();
        BusinessCalendar calendar = null;
        List<OpenDeals.OpenDeal> listed = deals.visible(viewer, mine, maxDeals);
        long leftOut = listed.size() < maxDeals ? 0 : deals.countVisible(viewer, mine) - listed.size();
        for (OpenDeals.OpenDeal deal : listed) {
            try {
                DealContext context = contexts.of(viewer, deal.id());
                calendar = context.calendar();
                log.scheduled(context).stream()
                        .filter(s -> !s.held())
                        .forEach(s -> items.add(
                                new AgendaItem(s, deal.id(), deal.name(), deal.accountName(), deal.ownerName())));
            } catch (NotFoundException e) {
                // closed or hidden since it was listed: nothing to hold
            }
        }
        items.sort(Comparator.comparing((AgendaItem i) -> i.checkup().scheduledOn())
                .thenComparing(i -> i.checkup().stepDueDate()));
        LocalDate weekEnd = calendar == null ? today : calendar.plusWorkingDays(today, WEEK_WORKING_DAYS);
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
