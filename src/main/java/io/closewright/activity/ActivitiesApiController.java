package io.closewright.activity;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.Preconditions;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Activities of a deal over JSON. A deal the caller may not see answers 404, as does an activity of
 * another deal; only an activity's author changes (with {@code If-Match}: 412 when stale, 428 when
 * missing) or deletes it, others get 403.
 */
@RestController
@Tag(name = "Activities")
class ActivitiesApiController {

    private final ActivityManagement activities;

    ActivitiesApiController(ActivityManagement activities) {
        this.activities = activities;
    }

    record ActivityBody(
            ActivityType type,
            @Size(max = ActivityRules.SUBJECT_MAX) String subject,
            @Size(max = ActivityRules.BODY_MAX) String body,
            @Size(max = ActivityRules.OUTCOME_MAX) String outcome,
            OffsetDateTime occurredAt,
            Integer durationMinutes,
            @Size(max = ActivityRules.CONTACTS_MAX) List<@NotNull Long> contactIds) {

        ActivityDraft draft() {
            return new ActivityDraft(
                    type,
                    subject,
                    body,
                    outcome,
                    occurredAt == null ? null : occurredAt.toInstant(),
                    durationMinutes,
                    contactIds);
        }
    }

    @Operation(summary = "Log a NOTE, CALL, MEETING or EMAIL on a deal; occurredAt defaults to now")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/opportunities/{id}/activities")
    ResponseEntity<ActivityView> logActivity(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable long id, @Valid @RequestBody ActivityBody body) {
        ActivityView logged = activities.logOnDeal(me.viewer(), id, body.draft());
        return ResponseEntity.created(URI.create("/api/opportunities/" + id + "/activities/" + logged.id()))
                .eTag(String.valueOf(logged.version()))
                .body(logged);
    }

    @Operation(summary = "The activities of a deal, newest first, paged")
    @GetMapping("/api/opportunities/{id}/activities")
    Paged<ActivityView> listActivities(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return activities.dealActivities(me.viewer(), id, PageSlice.of(page, size));
    }

    @Operation(summary = "One activity of a deal, with its version as ETag")
    @GetMapping("/api/opportunities/{id}/activities/{activityId}")
    ResponseEntity<ActivityView> activity(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable long id, @PathVariable long activityId) {
        ActivityView activity = activities.activity(me.viewer(), activityId);
        if (!Objects.equals(activity.opportunityId(), id)) {
            throw new NotFoundException("Activity", activityId);
        }
        return ResponseEntity.ok().eTag(String.valueOf(activity.version())).body(activity);
    }

    @Operation(summary = "Change your own activity (needs If-Match); fields left out stay, contactIds [] clears")
    @PatchMapping("/api/opportunities/{id}/activities/{activityId}")
    ResponseEntity<ActivityView> changeActivity(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long activityId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ActivityBody body) {
        long version = Versions.parse(Preconditions.requireIfMatch(ifMatch));
        ActivityView changed = activities.change(me.viewer(), id, activityId, version, body.draft());
        return ResponseEntity.ok().eTag(String.valueOf(changed.version())).body(changed);
    }

    @Operation(summary = "Delete your own activity; If-Match is optional here (412 when stale)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/opportunities/{id}/activities/{activityId}")
    ResponseEntity<Void> deleteActivity(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @PathVariable long activityId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long version = ifMatch == null || ifMatch.isBlank() ? null : Versions.parse(ifMatch);
        activities.delete(me.viewer(), id, activityId, version);
        return ResponseEntity.noContent().build();
    }
}
