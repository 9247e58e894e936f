package io.closewright.checkup.web;

import io.closewright.checkup.BlockerView;
import io.closewright.checkup.CheckupManagement;
import io.closewright.checkup.CheckupView;
import io.closewright.checkup.NewBlocker;
import io.closewright.checkup.NewCheckup;
import io.closewright.checkup.ScheduledCheckup;
import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.PageSlice;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormValues;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The checkups section of a deal page, loaded and updated with htmx: prepare a step's checkup, record a
 * held one and see its score, raise and resolve blockers, turn a blocker into a prepared checkup. Every
 * post answers the section again; a form with problems comes back with them next to its fields.
 */
@Controller
class DealCheckupsPageController {

    private static final String VIEW = "checkup/section";

    private final CheckupManagement checkups;
    private final CheckupSections sections;
    private final OpportunityManagement opportunities;

    DealCheckupsPageController(
            CheckupManagement checkups, CheckupSections sections, OpportunityManagement opportunities) {
        this.checkups = checkups;
        this.sections = sections;
        this.opportunities = opportunities;
    }

    @GetMapping("/opportunities/{id}/checkups-section")
    String section(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) String prepare,
            @RequestParam(required = false) String record,
            @RequestParam(required = false) Long fromBlocker,
            Model model) {
        Viewer viewer = me.viewer();
        CheckupSections.Forms forms = CheckupSections.Forms.blank();
        if (prepare != null || record != null) {
            List<ScheduledCheckup> scheduled = checkups.scheduled(viewer, id);
            forms = new CheckupSections.Forms(
                    prepare == null ? null : CheckupSections.prepareFor(scheduled, prepare, null),
                    record == null ? null : CheckupSections.recordFor(scheduled, record, today(viewer, id)),
                    null,
                    null,
                    null);
        } else if (fromBlocker != null) {
            forms = new CheckupSections.Forms(fromBlocker(viewer, id, fromBlocker), null, null, null, null);
        }
        model.addAttribute("section", sections.section(viewer, id, forms, null, null));
        return VIEW;
    }

    @PostMapping("/opportunities/{id}/checkups/prepare")
    String prepare(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model) {
        Form form = Form.posted(params);
        if (form.text("stepKey") == null) {
            form.errors().add("stepKey", "choose the step whose checkup you prepare");
        }
        return submit(
                me.viewer(),
                id,
                model,
                form,
                f -> new CheckupSections.Forms(f, null, null, null, null),
                () -> {
                    checkups.prepare(
                            me.viewer(), id, form.text("stepKey"), form.text("problem"), form.text("solution"));
                    return null;
                },
                "Checkup prepared: bring that solution.");
    }

    @PostMapping("/opportunities/{id}/checkups/record")
    String record(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model) {
        Form form = Form.posted(params);
        var heldOn = FormValues.date(form.text("heldOn"), "heldOn", form.errors());
        NewCheckup input = new NewCheckup(
                form.text("stepKey"), heldOn, form.text("problem"), form.text("solution"), form.text("notes"));
        return submit(
                me.viewer(),
                id,
                model,
                form,
                f -> new CheckupSections.Forms(null, f, null, null, null),
                () -> checkups.record(me.viewer(), id, input),
                "Checkup recorded.");
    }

    @PostMapping("/opportunities/{id}/blockers/raise")
    String raise(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model) {
        Form form = Form.posted(params);
        StepOwner side = FormValues.choice(StepOwner.class, form.text("ownerSide"), "ownerSide", form.errors());
        NewBlocker input = new NewBlocker(form.text("description"), form.text("stepKey"), side);
        return submit(
                me.viewer(),
                id,
                model,
                form,
                f -> new CheckupSections.Forms(null, null, f, null, null),
                () -> {
                    checkups.raise(me.viewer(), id, input);
                    return null;
                },
                "Blocker raised. Resolve it before it ages.");
    }

    @PostMapping("/opportunities/{id}/blockers/{blockerId}/resolve")
    String resolve(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long blockerId,
            @RequestParam Map<String, String> params,
            Model model) {
        Form form = Form.posted(params);
        return submit(
                me.viewer(),
                id,
                model,
                form,
                f -> new CheckupSections.Forms(null, null, null, blockerId, f),
                () -> {
                    checkups.resolve(me.viewer(), id, blockerId, form.text("resolution"));
                    return null;
                },
                "Blocker resolved.");
    }

    private String submit(
            Viewer viewer,
            long id,
            Model model,
            Form form,
            Function<Form, CheckupSections.Forms> keep,
            java.util.function.Supplier<CheckupView> action,
            String success) {
        if (!form.hasErrors()) {
            try {
                CheckupView recorded = action.get();
                model.addAttribute(
                        "section", sections.section(viewer, id, CheckupSections.Forms.blank(), recorded, success));
                return VIEW;
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            } catch (StateConflictException e) {
                form.errors().addGeneral(e.getMessage());
            }
        }
        model.addAttribute("section", sections.section(viewer, id, keep.apply(form), null, null));
        return VIEW;
    }

    private Form fromBlocker(Viewer viewer, long id, long blockerId) {
        List<ScheduledCheckup> scheduled = checkups.scheduled(viewer, id);
        BlockerView blocker = checkups.blockers(viewer, id, new PageSlice(0, PageSlice.MAX_SIZE)).items().stream()
                .filter(b -> b.id() == blockerId && b.stepKey() != null)
                .findFirst()
                .orElseThrow(() -> new io.closewright.shared.NotFoundException("Blocker", blockerId));
        Form form = CheckupSections.prepareFor(scheduled, blocker.stepKey(), blocker.description());
        return blocker.resolution() == null ? form : form.with("solution", blocker.resolution());
    }

    private java.time.LocalDate today(Viewer viewer, long id) {
        return opportunities.today(viewer);
    }
}
