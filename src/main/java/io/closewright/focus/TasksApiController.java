package io.closewright.focus;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reps' tasks over JSON. Changes take an optional {@code If-Match} with the task's version (412 when stale). */
@RestController
@Tag(name = "Tasks")
class TasksApiController {

    private final FocusManagement focus;

    TasksApiController(FocusManagement focus) {
        this.focus = focus;
    }

    record TaskBody(
            @Nullable @Size(max = 300) String title,
            @Nullable LocalDate dueDate,
            @Nullable Long opportunityId,
            @Nullable Long ownerId) {}

    record SnoozeBody(@Nullable LocalDate until) {}

    @Operation(summary = "The open tasks of the caller, or of a rep below a manager (userId), soonest due first")
    @GetMapping("/api/tasks")
    List<TaskView> openTasks(@AuthenticationPrincipal UserPrincipal me, @RequestParam(required = false) Long userId) {
        return focus.openTasks(me.viewer(), userId);
    }

    @Operation(summary = "Create a task with a due date, optionally on a deal and for someone below a manager")
    @PostMapping("/api/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    TaskView createTask(@AuthenticationPrincipal UserPrincipal me, @Valid @RequestBody TaskBody body) {
        return focus.createTask(
                me.viewer(), new NewTask(body.title(), body.dueDate(), body.opportunityId(), body.ownerId()));
    }

    @Operation(summary = "One task")
    @GetMapping("/api/tasks/{id}")
    TaskView task(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return focus.task(me.viewer(), id);
    }

    @Operation(summary = "The tasks of a deal, open first")
    @GetMapping("/api/opportunities/{id}/tasks")
    List<TaskView> dealTasks(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return focus.dealTasks(me.viewer(), id);
    }

    @Operation(summary = "Mark an open task done today")
    @PostMapping("/api/tasks/{id}/done")
    TaskView completeTask(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return focus.completeTask(me.viewer(), id, Versions.optional(ifMatch));
    }

    @Operation(summary = "Open a done task again")
    @PostMapping("/api/tasks/{id}/reopen")
    TaskView reopenTask(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return focus.reopenTask(me.viewer(), id, Versions.optional(ifMatch));
    }

    @Operation(summary = "Keep an open task off the focus list until a later day, when it comes back due")
    @PostMapping("/api/tasks/{id}/snooze")
    TaskView snoozeTask(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) SnoozeBody body) {
        return focus.snoozeTask(me.viewer(), id, Versions.optional(ifMatch), body == null ? null : body.until());
    }

    @Operation(summary = "Delete a task")
    @DeleteMapping("/api/tasks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTask(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        focus.deleteTask(me.viewer(), id, Versions.optional(ifMatch));
    }
}
