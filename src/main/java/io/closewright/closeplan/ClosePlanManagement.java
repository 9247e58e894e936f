package io.closewright.closeplan;

import io.closewright.closeplan.scheduling.PlanSchedule;
import io.closewright.closeplan.scheduling.ScheduleStatus;
import io.closewright.closeplan.scheduling.SlipCause;
import io.closewright.closeplan.scheduling.StepSpec;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.DealFacts;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Close plans of deals: replacing a plan (from a template or by hand), completing and reopening steps,
 * previewing a close date, and noticing when a plan turns OFF_TRACK ({@link PlanSlipped}, once per turn).
 * Reads go through the deal's visibility: a plan of a deal the viewer may not see is a 404.
 */
@Service
public class ClosePlanManagement {

    private final ClosePlans plans;
    private final PlanProjections projections;
    private final PlanTemplateCatalog templates;
    private final PlanCalendars calendars;
    private final PlanBatch batch;
    private final OpportunityManagement opportunities;
    private final StepAssignees assignees;
    private final PlanStepMarks marks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClosePlanManagement(
            ClosePlans plans,
            PlanProjections projections,
            PlanTemplateCatalog templates,
            PlanCalendars calendars,
            PlanBatch batch,
            OpportunityManagement opportunities,
            StepAssignees assignees,
            PlanStepMarks marks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.projections = projections;
        this.templates = templates;
        this.calendars = calendars;
        this.batch = batch;
        this.opportunities = opportunities;
        this.assignees = assignees;
        this.marks = marks;
        this.events = events;
        this.clock = clock;
    }

    /** The plan of a deal the viewer may see, scheduled for today; empty when the deal has no plan yet. */
    public Optional<PlanView> plan(Viewer viewer, long opportunityId) {
        OpportunityView deal = opportunities.opportunity(viewer, opportunityId);
        return plans.findById(opportunityId).map(plan -> view(plan, deal.closeDate()));
    }

    /**
     * The plans of many deals, scheduled for today in a handful of queries however many deals there are:
     * by deal id, in the order given; deals without a plan, and deals the viewer may not see, are absent.
     */
    public java.util.Map<Long, PlanView> plans(Viewer viewer, java.util.Collection<OpportunityView> deals) {
        return batch.plans(viewer, deals, opportunities.today(viewer));
    }

    /** Like {@link #plans(Viewer, java.util.Collection)} for deals given by id with their close dates. */
    public java.util.Map<Long, PlanView> plansClosing(Viewer viewer, java.util.Map<Long, LocalDate> closeDates) {
        return batch.plans(viewer, closeDates, opportunities.today(viewer));
    }

    /**
     * Gives a deal a new plan, from {@code templateId} or from {@code steps}. Replacing an existing plan
     * needs its current {@code version}; steps that keep their key keep their done date. A step's
     * {@code assigneeContactId} must be a contact of the deal's account.
     */
    @Transactional
    public PlanView replace(Viewer viewer, long opportunityId, Long version, String templateId, List<StepDraft> steps) {
        OpportunityView deal = opportunities.opportunity(viewer, opportunityId);
        List<StepDraft> drafts = drafts(viewer.workspaceId(), templateId, steps);
        assignees.check(viewer, deal, drafts);
        Optional<ClosePlan> existing = plans.findById(opportunityId);
        ClosePlan plan;
        if (existing.isPresent()) {
            plan = existing.get();
            if (version == null) {
                throw new io.closewright.shared.Preconditions.PreconditionRequiredException();
            }
            Versions.check("Plan", version, plan.version);
            plan.replaceSteps(drafts, templateId);
        } else {
            plan = ClosePlan.of(opportunityId, viewer.workspaceId(), templateId, drafts);
        }
        return saveAndWatch(plan, deal.closeDate(), deal.ownerId());
    }

    /**
     * Marks a step done on {@code doneOn} (default today) and re-projects the plan. When someone else
     * changed the plan since it was read, nothing is saved and an {@link OptimisticLockingFailureException}
     * says so (412 on the API); the caller reads the plan again.
     */
    @Transactional
    public PlanView complete(Viewer viewer, long opportunityId, String stepKey, LocalDate doneOn) {
        OpportunityView deal = opportunities.opportunity(viewer, opportunityId);
        LocalDate today = opportunities.today(viewer);
        LocalDate on = doneOn == null ? today : doneOn;
        ClosePlan plan = load(opportunityId);
        plan.complete(stepKey, on, today);
        PlanView view = saveAndWatch(plan, deal.closeDate(), deal.ownerId(), stepKey);
        PlanStepView step = step(view, stepKey);
        events.publishEvent(new StepCompleted(
                opportunityId, viewer.workspaceId(), stepKey, step.title(), step.owner(), on, viewer.userId()));
        return view;
    }

    /** Marks a done step open again and re-projects the plan. */
    @Transactional
    public PlanView reopen(Viewer viewer, long opportunityId, String stepKey) {
        OpportunityView deal = opportunities.opportunity(viewer, opportunityId);
        ClosePlan plan = load(opportunityId);
        plan.reopen(stepKey);
        PlanView view = saveAndWatch(plan, deal.closeDate(), deal.ownerId(), stepKey);
        events.publishEvent(new StepReopened(
                opportunityId,
                viewer.workspaceId(),
                stepKey,
                step(view, stepKey).title(),
                viewer.userId()));
        return view;
    }

    private static PlanStepView step(PlanView view, String key) {
        return view.steps().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Step", key));
    }

    /**
     * The plan of a deal as its buyer sees it on the shared page, read without a viewer: the caller has
     * already checked the buyer's share link. Empty when the deal has no plan.
     */
    public Optional<PlanView> planForBuyer(long opportunityId) {
        return opportunities
                .facts(opportunityId)
                .flatMap(facts -> plans.findById(opportunityId).map(plan -> view(plan, facts.closeDate())));
    }

    /**
     * Marks a buyer-owned step done today on the buyer's behalf; any other step is not the buyer's to
     * complete and answers as if it did not exist.
     */
    @Transactional
    public PlanView completeForBuyer(long opportunityId, String stepKey) {
        DealFacts facts =
                opportunities.facts(opportunityId).orElseThrow(() -> new NotFoundException("Plan", opportunityId));
        LocalDate today = today(facts.workspaceId());
        ClosePlan plan = load(opportunityId);
        plan.requireOwner(stepKey, io.closewright.closeplan.scheduling.StepOwner.BUYER);
        plan.complete(stepKey, today, today);
        return saveAndWatch(plan, facts.closeDate(), facts.ownerId(), stepKey);
    }

    /** Schedules a template or steps for a proposed close date, storing nothing. */
    public PlanView preview(Viewer viewer, LocalDate closeDate, String templateId, List<StepDraft> steps) {
        if (closeDate == null) {
            throw new RuleViolationException("closeDate", "must not be empty");
        }
        List<StepDraft> drafts = drafts(viewer.workspaceId(), templateId, steps);
        List<StepSpec> specs = drafts.stream().map(d -> StoredStep.of(d).spec()).toList();
        LocalDate today = opportunities.today(viewer);
        WorkspaceCalendar calendar = calendars.of(viewer.workspaceId());
        PlanSchedule schedule = PlanChecks.schedule(
                specs, closeDate, today, calendars.businessCalendar(viewer.workspaceId()), calendar.riskBufferDays);
        return PlanView.of(null, templateId, today, schedule, drafts, 0);
    }

    /**
     * The deal's current plan scheduled for another close date, storing nothing: whether that date is
     * realistic. Empty when the deal has no plan; 404 when the viewer may not see the deal.
     */
    public Optional<PlanView> previewFor(Viewer viewer, long opportunityId, LocalDate closeDate) {
        opportunities.opportunity(viewer, opportunityId);
        return plans.findById(opportunityId).map(plan -> view(plan, closeDate));
    }

    /** Re-projects a deal's plan without a viewer, after its close date moved; publishes a slip if it turned OFF_TRACK. */
    @Transactional
    public void refresh(long opportunityId) {
        Optional<DealFacts> facts = opportunities.facts(opportunityId);
        Optional<ClosePlan> plan = plans.findById(opportunityId);
        if (facts.isPresent() && plan.isPresent()) {
            saveAndWatch(plan.get(), facts.get().closeDate(), facts.get().ownerId(), PlanStepMarks.NO_STEP);
        }
    }

    /** Gives a deal without a plan the plan of the template attached to {@code stage}, if there is one. */
    @Transactional
    public void applyStageTemplate(long opportunityId, long workspaceId, String stage) {
        if (plans.existsById(opportunityId)) {
            return;
        }
        templates
                .forStage(workspaceId, stage)
                .ifPresent(template -> opportunities
                        .facts(opportunityId)
                        .ifPresent(facts -> saveAndWatch(
                                ClosePlan.of(opportunityId, workspaceId, template.id(), template.steps()),
                                facts.closeDate(),
                                facts.ownerId())));
    }

    /**
     * Gives a deal without a plan the plan of template {@code templateId}, acting for the system (an
     * automation rule). Returns whether a plan was made: not when the deal has one, is gone or the
     * template is unknown.
     */
    @Transactional
    public boolean applyTemplate(long opportunityId, long workspaceId, String templateId) {
        if (plans.existsById(opportunityId)) {
            return false;
        }
        Optional<TemplateView> template;
        try {
            template = Optional.of(templates.one(workspaceId, templateId));
        } catch (NotFoundException e) {
            template = Optional.empty();
        }
        Optional<DealFacts> facts = opportunities.facts(opportunityId);
        if (template.isEmpty() || facts.isEmpty()) {
            return false;
        }
        saveAndWatch(
                ClosePlan.of(
                        opportunityId, workspaceId, templateId, template.get().steps()),
                facts.get().closeDate(),
                facts.get().ownerId());
        return true;
    }

    public List<TemplateView> templates(Viewer viewer) {
        return templates.all(viewer.workspaceId());
    }

    public TemplateView template(Viewer viewer, String id) {
        return templates.one(viewer.workspaceId(), id);
    }

    @Transactional
    public TemplateView createTemplate(
            Viewer viewer, String id, String name, String description, String stage, List<StepDraft> steps) {
        checkStage(viewer, stage);
        return templates.create(viewer.workspaceId(), id, name, description, stage, steps, opportunities.today(viewer));
    }

    @Transactional
    public TemplateView changeTemplate(
            Viewer viewer,
            String id,
            long version,
            String name,
            String description,
            String stage,
            List<StepDraft> steps) {
        checkStage(viewer, stage);
        return templates.change(
                viewer.workspaceId(), id, version, name, description, stage, steps, opportunities.today(viewer));
    }

    @Transactional
    public void deleteTemplate(Viewer viewer, String id) {
        templates.delete(viewer.workspaceId(), id);
    }

    public CalendarView calendar(Viewer viewer) {
        return calendars.of(viewer.workspaceId()).view();
    }

    @Transactional
    public CalendarView changeCalendar(
            Viewer viewer,
            Long version,
            java.util.Set<java.time.DayOfWeek> workdays,
            List<CalendarView.HolidayView> holidays,
            Integer riskBufferDays) {
        return calendars.change(viewer.workspaceId(), version, workdays, holidays, riskBufferDays);
    }

    /**
     * The projected close dates of many deals of one workspace, scheduled for today: {@code targets} maps
     * each deal to its close date; deals without a plan are left out of the answer. The caller has
     * already applied the visibility rule to the deals it asks about.
     */
    public java.util.Map<Long, LocalDate> projectedCloseDates(
            long workspaceId, java.util.Map<Long, LocalDate> targets) {
        if (targets.isEmpty()) {
            return java.util.Map.of();
        }
        return projections.projected(workspaceId, targets, today(workspaceId));
    }

    /** The workspace's business calendar, for other modules that count working days. */
    public io.closewright.shared.calendar.BusinessCalendar businessCalendar(long workspaceId) {
        return calendars.businessCalendar(workspaceId);
    }

    /** Saves the whole plan (its steps were replaced or it is new); see the four-argument form. */
    private PlanView saveAndWatch(ClosePlan plan, LocalDate closeDate, long ownerId) {
        return saveAndWatch(plan, closeDate, ownerId, null);
    }

    /**
     * Saves the plan and publishes {@link PlanSlipped} when it turned OFF_TRACK. With {@code markedStep} only
     * that step changed (done or open again), so only it and the plan row are written; with
     * {@link PlanStepMarks#NO_STEP} no step changed, so only the plan row is; with null the whole plan is.
     */
    private PlanView saveAndWatch(ClosePlan plan, LocalDate closeDate, long ownerId, String markedStep) {
        PlanView view = view(plan, closeDate);
        ScheduleStatus before = plan.scheduleStatus;
        plan.scheduleStatus = view.scheduleStatus();
        plan.updatedAt = clock.instant();
        ClosePlan saved;
        if (markedStep == null) {
            saved = plans.save(plan);
        } else {
            marks.save(plan, markedStep);
            saved = plan;
        }
        opportunities.recordNextStepDue(plan.opportunityId, nextDue(view));
        if (view.scheduleStatus() == ScheduleStatus.OFF_TRACK && before != ScheduleStatus.OFF_TRACK) {
            SlipCause cause = SlipCause.of(schedule(plan, closeDate));
            events.publishEvent(new PlanSlipped(
                    plan.opportunityId,
                    plan.workspaceId,
                    ownerId,
                    view.targetCloseDate(),
                    view.projectedCloseDate(),
                    cause.stepKeys(),
                    cause.owners()));
        }
        return new PlanView(
                view.opportunityId(),
                view.templateId(),
                view.today(),
                view.targetCloseDate(),
                view.projectedCloseDate(),
                view.feasible(),
                view.earliestCloseDate(),
                view.minSlackDays(),
                view.scheduleStatus(),
                view.progress(),
                view.criticalPath(),
                view.steps(),
                saved.version);
    }

    /** The due date of the plan's earliest open step, which keeps the deal from going stale while near. */
    private static LocalDate nextDue(PlanView view) {
        return view.steps().stream()
                .filter(s -> !s.done())
                .map(PlanStepView::dueDate)
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    private PlanView view(ClosePlan plan, LocalDate closeDate) {
        return PlanView.of(
                plan.opportunityId,
                plan.templateKey,
                today(plan.workspaceId),
                schedule(plan, closeDate),
                plan.drafts(),
                plan.version == null ? 0 : plan.version);
    }

    private PlanSchedule schedule(ClosePlan plan, LocalDate closeDate) {
        WorkspaceCalendar calendar = calendars.of(plan.workspaceId);
        return PlanChecks.schedule(
                plan.specs(),
                closeDate,
                today(plan.workspaceId),
                calendars.businessCalendar(plan.workspaceId),
                calendar.riskBufferDays);
    }

    private LocalDate today(long workspaceId) {
        return opportunities.today(workspaceId);
    }

    private List<StepDraft> drafts(long workspaceId, String templateId, List<StepDraft> steps) {
        if (templateId != null && !templateId.isBlank()) {
            if (steps != null && !steps.isEmpty()) {
                throw new RuleViolationException("templateId", "give either templateId or steps, not both");
            }
            try {
                return templates.one(workspaceId, templateId).steps();
            } catch (NotFoundException e) {
                throw new RuleViolationException("templateId", "no template '" + templateId + "'");
            }
        }
        PlanChecks.checkDrafts(steps);
        return steps;
    }

    private void checkStage(Viewer viewer, String stage) {
        if (stage != null
                && !stage.isBlank()
                && opportunities.stages(viewer.workspaceId()).stream()
                        .noneMatch(s -> s.key().equals(stage) && !s.closed())) {
            throw new RuleViolationException("stage", "unknown or closed stage '" + stage + "'");
        }
    }

    private ClosePlan load(long opportunityId) {
        return plans.findById(opportunityId)
                .orElseThrow(() -> new NotFoundException("Plan of opportunity", opportunityId));
    }
}
