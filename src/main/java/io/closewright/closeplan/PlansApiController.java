package io.closewright.closeplan;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.Tagged;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** A deal's close plan over JSON, and the preview of a proposed close date. */
@RestController
@Tag(name = "Close plans")
class PlansApiController {

    private final ClosePlanManagement plans;

    PlansApiController(ClosePlanManagement plans) {
        this.plans = plans;
    }

    @Operation(
            summary =
                    "The deal's plan scheduled for today: target, projected and earliest close dates, slack, critical path")
    @GetMapping("/api/opportunities/{id}/plan")
    ResponseEntity<PlanView> plan(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        PlanView plan = plans.plan(me.viewer(), id).orElseThrow(() -> new NotFoundException("Plan of opportunity", id));
        return Tagged.ok(plan, plan.version());
    }

    @Operation(summary = "Give the deal a plan from {templateId} or {steps}; replacing a plan needs If-Match")
    @PutMapping("/api/opportunities/{id}/plan")
    ResponseEntity<PlanView> replacePlan(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PlanBodies.PlanBody body) {
        Long version = Versions.optional(ifMatch);
        PlanView plan = plans.replace(me.viewer(), id, version, body.templateId(), PlanBodies.drafts(body.steps()));
        return Tagged.ok(plan, plan.version());
    }

    @Operation(summary = "Mark a step done (doneOn defaults to today); the plan is projected again")
    @PostMapping("/api/opportunities/{id}/plan/steps/{key}/done")
    ResponseEntity<PlanView> completeStep(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable String key,
            @RequestBody(required = false) PlanBodies.DoneBody body) {
        PlanView plan = plans.complete(me.viewer(), id, key, body == null ? null : body.doneOn());
        return Tagged.ok(plan, plan.version());
    }

    @Operation(summary = "Reopen a done step")
    @PostMapping("/api/opportunities/{id}/plan/steps/{key}/reopen")
    ResponseEntity<PlanView> reopenStep(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable long id, @PathVariable String key) {
        PlanView plan = plans.reopen(me.viewer(), id, key);
        return Tagged.ok(plan, plan.version());
    }

    @Operation(summary = "Schedule a template or steps for a proposed close date; nothing is stored")
    @PostMapping("/api/plans/preview")
    PlanView previewPlan(@AuthenticationPrincipal UserPrincipal me, @Valid @RequestBody PlanBodies.PreviewBody body) {
        return plans.preview(me.viewer(), body.closeDate(), body.templateId(), PlanBodies.drafts(body.steps()));
    }
}
