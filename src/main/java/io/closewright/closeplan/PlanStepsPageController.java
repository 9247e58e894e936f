package io.closewright.closeplan;

import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.shared.Preconditions.PreconditionRequiredException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The steps table of the plan section: marking a step done or open again, editing, removing and adding
 * steps. Each answer is the section drawn again. Edits name the plan version they change; when someone
 * else saved in between, the section shows the current plan and keeps what the user typed.
 */
@Controller
class PlanStepsPageController {

    static final String STALE = "The plan was changed by someone else meanwhile. It now shows the current plan;"
            + " check it and make your change again.";

    private final ClosePlanManagement plans;
    private final PlanSections sections;

    PlanStepsPageController(ClosePlanManagement plans, PlanSections sections) {
        this.plans = plans;
        this.sections = sections;
    }

    @PostMapping("/opportunities/{id}/plan/steps/done")
    String done(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam String key,
            @RequestParam(required = false) String doneOn,
            Model model) {
        FormErrors errors = FormErrors.none();
        LocalDate on = FormValues.date(doneOn, "doneOn", errors);
        if (errors.any()) {
            return render(me, id, SectionNote.error("Done on must be a date."), model);
        }
        return simple(me, id, model, () -> plans.complete(me.viewer(), id, key, on), key, "is done");
    }

    @PostMapping("/opportunities/{id}/plan/steps/reopen")
    String reopen(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable long id, @RequestParam String key, Model model) {
        return simple(me, id, model, () -> plans.reopen(me.viewer(), id, key), key, "is open again");
    }

    @PostMapping("/opportunities/{id}/plan/steps/edit")
    String edit(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        Form form = StepForm.posted(params, "");
        List<StepDraft> drafts = PlanEdits.drafts(current(me.viewer(), id));
        int index = PlanEdits.indexOf(drafts, form.value("key"));
        StepDraft step = StepForm.draft(form);
        return save(me, id, model, form, index, false, PlanEdits.replacing(drafts, index, step), "Saved the step.");
    }

    @PostMapping("/opportunities/{id}/plan/steps/add")
    String add(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        Form form = StepForm.posted(params, "");
        List<StepDraft> drafts =
                plans.plan(me.viewer(), id).map(PlanEdits::drafts).orElse(List.of());
        if (form.text("key") == null) {
            form.with("key", PlanEdits.keyFor(drafts, form.text("title")));
        }
        StepDraft step = StepForm.draft(form);
        return save(me, id, model, form, drafts.size(), true, PlanEdits.adding(drafts, step), "Added the step.");
    }

    @PostMapping("/opportunities/{id}/plan/steps/remove")
    String remove(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam String key,
            @RequestParam(required = false) String version,
            Model model) {
        Form form = Form.empty().with("version", version);
        List<StepDraft> drafts = PlanEdits.drafts(current(me.viewer(), id));
        if (drafts.size() == 1) {
            return render(me, id, SectionNote.error("A plan needs at least one step; edit this one instead."), model);
        }
        int index = PlanEdits.indexOf(drafts, key);
        return save(me, id, model, form, -1, false, PlanEdits.removing(drafts, index), "Removed the step.");
    }

    private String save(
            UserPrincipal me,
            long id,
            Model model,
            Form form,
            int index,
            boolean adding,
            List<StepDraft> next,
            String ok) {
        Long version = FormValues.id(form.text("version"), "version", form.errors());
        if (!form.hasErrors()) {
            try {
                plans.replace(me.viewer(), id, version, null, next);
                return render(me, id, SectionNote.notice(ok), model);
            } catch (RuleViolationException e) {
                PlanProblems.place(e.problems(), index, next, form.errors());
            } catch (StaleVersionException | PreconditionRequiredException e) {
                plans.plan(me.viewer(), id).ifPresent(p -> form.with("version", p.version()));
                return render(me, id, SectionNote.stepForm(index, adding, form, STALE), model);
            }
        }
        return render(me, id, SectionNote.stepForm(index, adding, form, null), model);
    }

    private String simple(
            UserPrincipal me,
            long id,
            Model model,
            java.util.function.Supplier<PlanView> action,
            String key,
            String what) {
        try {
            PlanView plan = action.get();
            Optional<PlanStepView> step =
                    plan.steps().stream().filter(s -> s.key().equals(key)).findFirst();
            return render(
                    me,
                    id,
                    SectionNote.notice("“" + step.map(PlanStepView::title).orElse(key) + "” " + what + "."),
                    model);
        } catch (RuleViolationException | StateConflictException e) {
            return render(me, id, SectionNote.error(e.getMessage()), model);
        } catch (OptimisticLockingFailureException e) {
            return render(
                    me,
                    id,
                    SectionNote.error("Someone changed this plan at the same moment; here it is now. Try again."),
                    model);
        }
    }

    private PlanView current(Viewer viewer, long id) {
        return plans.plan(viewer, id).orElseThrow(() -> new StateConflictException("This deal has no plan yet"));
    }

    private String render(UserPrincipal me, long id, SectionNote note, Model model) {
        model.addAttribute("section", sections.of(me.viewer(), id, note));
        return PlanSections.VIEW;
    }
}
