package io.closewright.checkup;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.identity.UserPrincipal;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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

/** A deal's blocker log over JSON: raise, list with age, resolve, turn into a prepared checkup. */
@RestController
@Tag(name = "Checkups")
class BlockersApiController {

    private final CheckupManagement checkups;

    BlockersApiController(CheckupManagement checkups) {
        this.checkups = checkups;
    }

    record BlockerBody(String description, String stepKey, StepOwner ownerSide, java.time.LocalDate raisedOn) {}

    record ResolutionBody(String resolution) {}

    record SolutionBody(String solution) {}

    @Operation(summary = "The deal's blockers, open first, with age in working days and the flag over the limit")
    @GetMapping("/api/opportunities/{id}/blockers")
    Paged<BlockerView> listBlockers(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return checkups.blockers(me.viewer(), id, PageSlice.of(page, size));
    }

    @Operation(
            summary = "Raise a blocker {description, stepKey, ownerSide: SELLER|BUYER|JOINT, raisedOn (default today)}")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/opportunities/{id}/blockers")
    ResponseEntity<BlockerView> raiseBlocker(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable long id, @RequestBody BlockerBody body) {
        BlockerView raised = checkups.raise(
                me.viewer(), id, new NewBlocker(body.description(), body.stepKey(), body.ownerSide(), body.raisedOn()));
        return ResponseEntity.created(URI.create("/api/opportunities/" + id + "/blockers/" + raised.id()))
                .body(raised);
    }

    @Operation(summary = "Resolve an open blocker {resolution}; a resolved one answers 409")
    @PostMapping("/api/opportunities/{id}/blockers/{blockerId}/resolve")
    BlockerView resolveBlocker(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long blockerId,
            @RequestBody ResolutionBody body) {
        return checkups.resolve(me.viewer(), id, blockerId, body.resolution());
    }

    @Operation(summary = "Prepare the checkup of the blocker's step with the blocker as problem and {solution}")
    @PostMapping("/api/opportunities/{id}/blockers/{blockerId}/checkup")
    ScheduledCheckup recordCheckupFromBlocker(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long blockerId,
            @RequestBody(required = false) SolutionBody body) {
        return checkups.prepareFromBlocker(me.viewer(), id, blockerId, body == null ? null : body.solution());
    }
}
