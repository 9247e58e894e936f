package io.closewright.notify;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notification settings over JSON: the user's channels per kind, the user's own webhook and (admins) the
 * workspace's webhook. Webhooks answer with an {@code ETag}; changing an existing one needs it as
 * {@code If-Match}.
 */
@RestController
@Tag(name = "Notification settings")
class NotificationSettingsApiController {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "#/components/schemas/Problem";

    private final NotificationManagement notifications;

    NotificationSettingsApiController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    record PreferenceBody(
            @Nullable Boolean inbox,
            @Nullable Boolean email,
            @Nullable Boolean webhook) {}

    record WebhookBody(
            @Nullable String url,
            @Nullable String secret,
            @Nullable Boolean enabled,
            @Nullable List<String> kinds) {

        WebhookChange change() {
            return new WebhookChange(url, secret, enabled == null || enabled, kinds == null ? List.of() : kinds);
        }
    }

    @Operation(summary = "Which channels each kind of notice reaches you by")
    @GetMapping("/api/me/notification-preferences")
    List<PreferenceView> preferences(@AuthenticationPrincipal UserPrincipal me) {
        return notifications.preferences(me.viewer());
    }

    @Operation(summary = "Choose the channels of one kind of notice {inbox, email, webhook}")
    @PutMapping("/api/me/notification-preferences/{kind}")
    PreferenceView setPreference(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable String kind, @RequestBody PreferenceBody body) {
        List<FieldProblem> missing = new ArrayList<>();
        check(body.inbox(), "inbox", missing);
        check(body.email(), "email", missing);
        check(body.webhook(), "webhook", missing);
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
        return notifications.setPreference(me.viewer(), kind, body.inbox(), body.email(), body.webhook());
    }

    @Operation(summary = "Your own webhook (404 when you have none)")
    @ApiResponse(
            responseCode = "200",
            description = "Your webhook, with its version as ETag",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @ApiResponse(
            responseCode = "404",
            description = "You have no webhook",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @GetMapping("/api/me/webhook")
    ResponseEntity<WebhookView> ownWebhook(@AuthenticationPrincipal UserPrincipal me) {
        return withEtag(notifications.ownWebhook(me.viewer()).orElseThrow(() -> none("your")));
    }

    @Operation(summary = "Create or change your webhook {url, secret, enabled}; If-Match to change an existing one")
    @PutMapping("/api/me/webhook")
    ResponseEntity<WebhookView> saveOwnWebhook(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody WebhookBody body) {
        return withEtag(notifications.saveOwnWebhook(me.viewer(), ifMatch, body.change()));
    }

    @Operation(summary = "Remove your webhook")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(
            responseCode = "404",
            description = "You have no webhook",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @DeleteMapping("/api/me/webhook")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteOwnWebhook(@AuthenticationPrincipal UserPrincipal me) {
        notifications.deleteOwnWebhook(me.viewer());
    }

    @Operation(summary = "The workspace's webhook (admins; 404 when there is none)")
    @ApiResponse(
            responseCode = "200",
            description = "The workspace's webhook, with its version as ETag",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @ApiResponse(
            responseCode = "403",
            description = "Only admins keep the workspace's webhook",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "The workspace has no webhook",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @GetMapping("/api/workspace/webhook")
    ResponseEntity<WebhookView> workspaceWebhook(@AuthenticationPrincipal UserPrincipal me) {
        return withEtag(notifications.workspaceWebhook(me.viewer()).orElseThrow(() -> none("the workspace's")));
    }

    @Operation(summary = "Create or change the workspace's webhook {url, secret, enabled, kinds} (admins)")
    @PutMapping("/api/workspace/webhook")
    ResponseEntity<WebhookView> saveWorkspaceWebhook(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody WebhookBody body) {
        return withEtag(notifications.saveWorkspaceWebhook(me.viewer(), ifMatch, body.change()));
    }

    @Operation(summary = "Remove the workspace's webhook (admins)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(
            responseCode = "404",
            description = "The workspace has no webhook",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @DeleteMapping("/api/workspace/webhook")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteWorkspaceWebhook(@AuthenticationPrincipal UserPrincipal me) {
        notifications.deleteWorkspaceWebhook(me.viewer());
    }

    private static void check(@Nullable Boolean value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "must be true or false"));
        }
    }

    private static io.closewright.shared.NotFoundException none(String whose) {
        return new io.closewright.shared.NotFoundException("Webhook", "of " + whose + " settings");
    }

    private static ResponseEntity<WebhookView> withEtag(WebhookView view) {
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }
}
