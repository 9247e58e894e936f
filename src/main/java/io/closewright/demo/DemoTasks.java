package io.closewright.demo;

import io.closewright.focus.FocusManagement;
import io.closewright.focus.NewTask;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Gives each demo rep a handful of tasks on their deals, due from a few days ago to next week, and one
 * without a deal, so that Today has the rep's own work among the plan's; one task per rep is done.
 */
@Component
class DemoTasks {

    private static final List<String> TITLES = List.of(
            "Send the recap of the demo to the champion",
            "Book the security review with their IT lead",
            "Prepare the ROI model with their numbers",
            "Ask the champion who signs above the budget owner",
            "Send the redlined MSA to their legal team",
            "Confirm the pilot success criteria in writing");

    private final FocusManagement focus;
    private final OpportunityManagement opportunities;

    DemoTasks(FocusManagement focus, OpportunityManagement opportunities) {
        this.focus = focus;
        this.opportunities = opportunities;
    }

    void add(Viewer boss, List<UserView> reps, Random random) {
        LocalDate today = opportunities.today(boss);
        for (UserView rep : reps) {
            List<OpportunityView> deals = opportunities.boardCards(boss, null, rep.id(), null, 0, 4);
            for (int i = 0; i < deals.size(); i++) {
                String title = TITLES.get(random.nextInt(TITLES.size()));
                long id = focus.createTask(
                                boss,
                                new NewTask(
                                        title,
                                        today.plusDays(random.nextInt(10) - 3),
                                        deals.get(i).id(),
                                        rep.id()))
                        .id();
                if (i == 0) {
                    focus.completeTask(boss, id, null);
                }
            }
            focus.createTask(boss, new NewTask("Update the territory plan", today.plusDays(1), null, rep.id()));
        }
    }
}
