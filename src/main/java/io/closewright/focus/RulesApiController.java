package io.closewright.focus;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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

/** The workspace's automation rules over JSON, for admins. Changes need {@code If-Match} with the rule's version. */
@RestController
@Tag(name = "Automation rules")
class RulesApiController {

    private final FocusManagement focus;

    RulesApiController(FocusManagement focus) {
        this.focus = focus;
    }

    record RuleBody(
            @Nullable @Size(max = 300) String name,
            @Nullable RuleTrigger trigger,
            @Nullable @Size(max = 40) String stage,
            @Nullable Integer days,
            @Nullable RuleAction action,
            @Nullable @Size(max = 60) String templateId,
            @Nullable @Size(max = 300) String taskTitle,
            @Nullable Integer taskDueDays,
            @Nullable Boolean enabled) {

        RuleDraft draft() {
            return new RuleDraft(name, trigger, stage, days, action, templateId, taskTitle, taskDueDays, enabled);
        }
    }

    @Operation(summary = "The workspace's automation rules")
    @GetMapping("/api/automation-rules")
    List<RuleView> rules(@AuthenticationPrincipal UserPrincipal me) {
        return focus.rules(me.viewer());
    }

    @Operation(summary = "Add an automation rule: a trigger and an action")
    @PostMapping("/api/automation-rules")
    @ResponseStatus(HttpStatus.CREATED)
    RuleView createRule(@AuthenticationPrincipal UserPrincipal me, @Valid @RequestBody RuleBody body) {
        return focus.createRule(me.viewer(), body.draft());
    }

    @Operation(summary = "Replace an automation rule (If-Match: its version)")
    @PutMapping("/api/automation-rules/{id}")
    RuleView changeRule(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RuleBody body) {
        return focus.changeRule(me.viewer(), id, Versions.required(ifMatch), body.draft());
    }

    @Operation(summary = "Delete an automation rule")
    @DeleteMapping("/api/automation-rules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteRule(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        focus.deleteRule(me.viewer(), id, Versions.optional(ifMatch));
    }
}
