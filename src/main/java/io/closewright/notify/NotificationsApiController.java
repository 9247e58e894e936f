package io.closewright.notify;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notifications over JSON: the inbox, the unread count, marking read. */
@RestController
@Tag(name = "Notifications")
class NotificationsApiController {

    private final NotificationManagement notifications;

    NotificationsApiController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    /** How many notifications the user has not read. */
    record UnreadCount(long unread) {}

    /** How many notifications a "mark all read" marked. */
    record MarkedRead(int marked) {}

    @Operation(summary = "Your notifications, unread first, newest first within each; unread=true for unread only")
    @GetMapping("/api/notifications")
    Paged<NotificationView> notifications(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return notifications.inbox(me.viewer(), unread, PageSlice.of(page, size));
    }

    @Operation(summary = "How many of your notifications are unread")
    @GetMapping("/api/notifications/unread-count")
    UnreadCount unreadCount(@AuthenticationPrincipal UserPrincipal me) {
        return new UnreadCount(notifications.unread(me.viewer()));
    }

    @Operation(summary = "One of your notifications with its email and webhook deliveries")
    @GetMapping("/api/notifications/{id}")
    NotificationView notification(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return notifications.notification(me.viewer(), id);
    }

    @Operation(summary = "Mark one of your notifications read (again: no change)")
    @PostMapping("/api/notifications/{id}/read")
    NotificationView markRead(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return notifications.markRead(me.viewer(), id);
    }

    @Operation(summary = "Mark all your unread notifications read")
    @PostMapping("/api/notifications/read-all")
    MarkedRead markAllRead(@AuthenticationPrincipal UserPrincipal me) {
        return new MarkedRead(notifications.markAllRead(me.viewer()));
    }
}
