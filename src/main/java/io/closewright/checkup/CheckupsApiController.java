package io.closewright.checkup;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A deal's checkups over JSON: the scheduled ones, preparing one, and the held ones with their quality. */
@RestController
@Tag(name = "Checkups")
class CheckupsApiController {

    private final CheckupManagement checkups;

    CheckupsApiController(CheckupManagement checkups) {
        this.checkups = checkups;
    }

    record CheckupBody(String stepKey, LocalDate heldOn, String problem, String solution, String notes) {}

    record PreparationBody(String problem, String solution) {}

    @Operation(summary = "The deal's held checkups, latest first, each with its quality")
    @GetMapping("/api/opportunities/{id}/checkups")
    Paged<CheckupView> listCheckups(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return checkups.checkups(me.viewer(), id, PageSlice.of(page, size));
    }

    @Operation(
            summary = "Record a held checkup {stepKey, heldOn, problem, solution, notes}; answers it with its quality")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/opportunities/{id}/checkups")
    ResponseEntity<CheckupView> recordCheckup(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable long id, @RequestBody CheckupBody body) {
        CheckupView held = checkups.record(
                me.viewer(),
                id,
                new NewCheckup(body.stepKey(), body.heldOn(), body.problem(), body.solution(), body.notes()));
        return ResponseEntity.created(URI.create("/api/opportunities/" + id + "/checkups/" + held.id()))
                .body(held);
    }

    @Operation(summary = "The checkup of each open plan step, leadDays working days before its due date")
    @GetMapping("/api/opportunities/{id}/checkups/scheduled")
    List<ScheduledCheckup> scheduledCheckups(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return checkups.scheduled(me.viewer(), id);
    }

    @Operation(summary = "Prepare an open step's checkup: the problem you expect and the solution you will bring")
    @PutMapping("/api/opportunities/{id}/checkups/scheduled/{stepKey}/preparation")
    ScheduledCheckup prepareCheckup(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable String stepKey,
            @RequestBody PreparationBody body) {
        return checkups.prepare(me.viewer(), id, stepKey, body.problem(), body.solution());
    }

    @Operation(summary = "Your checkups to hold: overdue, today and in the next five working days")
    @GetMapping("/api/checkups/agenda")
    CheckupAgenda checkupAgenda(
            @AuthenticationPrincipal UserPrincipal me, @RequestParam(defaultValue = "true") boolean mine) {
        return checkups.agenda(me.viewer(), mine);
    }

    @Operation(summary = "Checkup habits of the reps you see over the last {days} days (managers and admins)")
    @GetMapping("/api/team/coaching")
    CoachingReport coaching(@AuthenticationPrincipal UserPrincipal me, @RequestParam(defaultValue = "30") int days) {
        return checkups.coaching(me.viewer(), days);
    }
}
