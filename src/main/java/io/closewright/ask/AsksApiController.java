package io.closewright.ask;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Value-backed asks over JSON. */
@RestController
@Tag(name = "Asks")
class AsksApiController {

    private final AskManagement asks;

    AsksApiController(AskManagement asks) {
        this.asks = asks;
    }

    record AskBody(
            Long contactId,
            @Size(max = 300) String action,
            @Size(max = 300) String outcome,
            LocalDate dueDate,
            @Size(max = 60) String stepKey) {}

    record DoneBody(LocalDate doneOn) {}

    @Operation(
            summary = "The asks of a deal, soonest due first, each with its 'If you ..., it will get us to ...' text")
    @GetMapping("/api/opportunities/{id}/asks")
    List<AskView> listAsks(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return asks.asks(me.viewer(), id);
    }

    @Operation(summary = "Ask a contact to do something, stating the value: both action and outcome are required")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/opportunities/{id}/asks")
    ResponseEntity<AskView> createAsk(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable long id, @Valid @RequestBody AskBody body) {
        AskView ask = asks.create(
                me.viewer(),
                id,
                new NewAsk(body.contactId(), body.action(), body.outcome(), body.dueDate(), body.stepKey()));
        return ResponseEntity.status(HttpStatus.CREATED).body(ask);
    }

    @Operation(summary = "The prospect did what was asked")
    @PostMapping("/api/opportunities/{id}/asks/{askId}/done")
    AskView completeAsk(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long askId,
            @RequestBody(required = false) DoneBody body) {
        return asks.finish(me.viewer(), id, askId, false, body == null ? null : body.doneOn());
    }

    @Operation(summary = "The prospect declined the ask")
    @PostMapping("/api/opportunities/{id}/asks/{askId}/decline")
    AskView declineAsk(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, @PathVariable long askId) {
        return asks.finish(me.viewer(), id, askId, true, null);
    }

    @Operation(summary = "An outcome suggested by the plan for an ask that serves a step")
    @GetMapping("/api/opportunities/{id}/asks/suggestion")
    Map<String, String> askSuggestion(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam @Size(max = 60) String stepKey) {
        return Map.of("outcome", asks.suggestOutcome(me.viewer(), id, stepKey).orElse(""));
    }

    @Operation(summary = "The caller's open asks on every deal they may see, soonest due first, a page at a time")
    @GetMapping("/api/asks")
    Paged<OpenAsk> openAsks(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return asks.openAsks(me.viewer(), PageSlice.of(page, size));
    }
}
