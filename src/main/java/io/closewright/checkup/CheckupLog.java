package io.closewright.checkup;

import io.closewright.closeplan.PlanStepView;
import io.closewright.identity.Viewer;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.StateConflictException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A deal's checkups: the scheduled ones with what was held and prepared, preparing one, recording one. */
@Component
class CheckupLog {

    private final DealContexts deals;
    private final CheckupQueries queries;
    private final Checkups checkups;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckupLog(
            DealContexts deals,
            CheckupQueries queries,
            Checkups checkups,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.deals = deals;
        this.queries = queries;
        this.checkups = checkups;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    List<ScheduledCheckup> scheduled(Viewer viewer, long dealId) {
        return scheduled(deals.of(viewer, dealId));
    }

    List<ScheduledCheckup> scheduled(DealContext deal) {
        Map<String, LocalDate> held =
                queries.lastHeldByStep(deal.viewer(), deal.deal().id());
        Map<String, Preparation> prepared =
                queries.preparations(deal.viewer(), deal.deal().id());
        return deal.schedule().stream()
                .map(s -> s.withHistory(held.get(s.stepKey()), prepared.get(s.stepKey())))
                .toList();
    }

    Paged<CheckupView> checkups(Viewer viewer, long dealId, PageSlice slice) {
        deals.of(viewer, dealId);
        return Paged.of(queries.checkups(viewer, dealId, slice), slice, queries.countCheckups(viewer, dealId));
    }

    /** Records a held checkup, judged against its deadline; the step's preparation is used up. */
    @Transactional
    CheckupView record(Viewer viewer, long dealId, NewCheckup input) {
        DealContext deal = deals.of(viewer, dealId);
        deal.requireOpen();
        input.check(deal.today());
        Checkup checkup = Checkup.held(viewer.workspaceId(), dealId, input, deal.deadline(input.stepKey()));
        checkup.recordedBy = viewer.userId();
        checkup.recordedAt = clock.instant();
        long id = checkups.save(checkup).id;
        if (input.stepKey() != null) {
            jdbc.sql("DELETE FROM checkup_preparation WHERE opportunity_id = ? AND step_key = ?")
                    .params(dealId, input.stepKey())
                    .update();
        }
        events.publishEvent(new CheckupHeld(dealId, viewer.workspaceId(), id, input.heldOn()));
        return queries.checkup(viewer, dealId, id).orElseThrow(() -> new NotFoundException("Checkup", id));
    }

    /** Stores the problem a rep expects at an open step's coming checkup and the solution they will bring. */
    @Transactional
    ScheduledCheckup prepare(Viewer viewer, long dealId, String stepKey, String problem, String solution) {
        DealContext deal = deals.of(viewer, dealId);
        deal.requireOpen();
        PlanStepView step = deal.step(stepKey, "stepKey");
        if (step.done()) {
            throw new StateConflictException("'" + step.title() + "' is done: its checkup is no longer due");
        }
        NewCheckup texts = new NewCheckup(stepKey, deal.today(), problem, solution, null);
        texts.check(deal.today());
        jdbc.sql("DELETE FROM checkup_preparation WHERE opportunity_id = ? AND step_key = ?")
                .params(dealId, stepKey)
                .update();
        jdbc.sql("INSERT INTO checkup_preparation (opportunity_id, step_key, workspace_id, problem, solution,"
                        + " prepared_by, prepared_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        dealId,
                        stepKey,
                        viewer.workspaceId(),
                        texts.problem(),
                        texts.solution(),
                        viewer.userId(),
                        Timestamp.from(clock.instant()))
                .update();
        return scheduled(deal).stream()
                .filter(s -> s.stepKey().equals(stepKey))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Checkup of step", stepKey));
    }
}
