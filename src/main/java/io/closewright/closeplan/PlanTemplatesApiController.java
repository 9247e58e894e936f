package io.closewright.closeplan;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.Tagged;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plan templates: everyone reads them; admins and managers create, change and delete them. */
@RestController
@Tag(name = "Close plans")
class PlanTemplatesApiController {

    private final ClosePlanManagement plans;

    PlanTemplatesApiController(ClosePlanManagement plans) {
        this.plans = plans;
    }

    @Operation(summary = "The workspace's plan templates (the default has id 'standard')")
    @GetMapping("/api/plan-templates")
    List<TemplateView> listPlanTemplates(@AuthenticationPrincipal UserPrincipal me) {
        return plans.templates(me.viewer());
    }

    @Operation(summary = "One plan template")
    @GetMapping("/api/plan-templates/{id}")
    ResponseEntity<TemplateView> planTemplate(@AuthenticationPrincipal UserPrincipal me, @PathVariable String id) {
        TemplateView template = plans.template(me.viewer(), id);
        return Tagged.ok(template, template.version());
    }

    @Operation(summary = "Create a template (admins and managers); 'stage' attaches it to a stage")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/plan-templates")
    ResponseEntity<TemplateView> createPlanTemplate(
            @AuthenticationPrincipal UserPrincipal me, @Valid @RequestBody PlanBodies.TemplateBody body) {
        TemplateView template = plans.createTemplate(
                me.viewer(), body.id(), body.name(), body.description(), body.stage(), PlanBodies.drafts(body.steps()));
        return Tagged.created("/api/plan-templates/" + template.id(), template, template.version());
    }

    @Operation(summary = "Change a template (admins and managers; needs If-Match)")
    @PutMapping("/api/plan-templates/{id}")
    ResponseEntity<TemplateView> changePlanTemplate(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PlanBodies.TemplateBody body) {
        long version = Versions.required(ifMatch);
        TemplateView template = plans.changeTemplate(
                me.viewer(),
                id,
                version,
                body.name(),
                body.description(),
                body.stage(),
                PlanBodies.drafts(body.steps()));
        return Tagged.ok(template, template.version());
    }

    @Operation(summary = "Delete a template (admins and managers; not the standard one)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/plan-templates/{id}")
    ResponseEntity<Void> deletePlanTemplate(@AuthenticationPrincipal UserPrincipal me, @PathVariable String id) {
        plans.deleteTemplate(me.viewer(), id);
        return ResponseEntity.noContent().build();
    }
}
