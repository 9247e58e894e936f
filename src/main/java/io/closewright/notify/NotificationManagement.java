package io.closewright.notify;

import io.closewright.identity.Viewer;
import io.closewright.shared.ForbiddenException;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do with notifications: read their inbox (unread first) and mark entries read, choose the
 * channels of each kind, and keep their own webhook; admins keep the workspace's webhook. Every read is
 * the viewer's own: another user's notification answers 404 like a missing one.
 */
@Service
class NotificationManagement {

    private final Inbox inbox;
    private final Preferences preferences;
    private final Webhooks webhooks;
    private final MailChannel mail;
    private final WebhookAddressPolicy addresses;

    NotificationManagement(
            Inbox inbox, Preferences preferences, Webhooks webhooks, MailChannel mail, WebhookAddressPolicy addresses) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.webhooks = webhooks;
        this.mail = mail;
        this.addresses = addresses;
    }

    /** The viewer's inbox, unread entries first, newest first within each; only unread ones if asked. */
    Paged<NotificationView> inbox(Viewer viewer, boolean unreadOnly, PageSlice slice) {
        return inbox.page(viewer, unreadOnly, slice);
    }

    /** One of the viewer's notifications; 404 for anyone else's. */
    NotificationView notification(Viewer viewer, long id) {
        return inbox.one(viewer, id);
    }

    long unread(Viewer viewer) {
        return inbox.unread(viewer);
    }

    /** Marks one of the viewer's notifications read; marking it again changes nothing. */
    @Transactional
    NotificationView markRead(Viewer viewer, long id) {
        return inbox.markRead(viewer, id);
    }

    /** Marks all of the viewer's unread notifications read and answers how many there were. */
    @Transactional
    int markAllRead(Viewer viewer) {
        return inbox.markAllRead(viewer);
    }

    List<PreferenceView> preferences(Viewer viewer) {
        return preferences.of(viewer);
    }

    /** Sets which channels one kind reaches the viewer by (400 for an unknown kind). */
    PreferenceView setPreference(Viewer viewer, String kind, boolean inbox, boolean email, boolean webhook) {
        return preferences.set(viewer, kind, inbox, email, webhook);
    }

    /** Whether this server can send email at all. */
    boolean mailAvailable() {
        return mail.available();
    }

    Optional<WebhookView> ownWebhook(Viewer viewer) {
        return webhooks.find(viewer.workspaceId(), viewer.userId()).map(WebhookView::withoutSecret);
    }

    /** Creates the viewer's webhook, or changes it given its version ({@code If-Match}; 428 without, 412 stale). */
    WebhookView saveOwnWebhook(Viewer viewer, @Nullable String ifMatch, WebhookChange change) {
        return webhooks.save(viewer, viewer.userId(), ifMatch, change.checked(false, addresses));
    }

    /** Removes the viewer's webhook; 404 when they have none. */
    void deleteOwnWebhook(Viewer viewer) {
        if (!webhooks.delete(viewer.workspaceId(), viewer.userId())) {
            throw new NotFoundException("Webhook", "of user " + viewer.userId());
        }
    }

    /** The workspace's webhook (admins only: 403 for others). */
    Optional<WebhookView> workspaceWebhook(Viewer viewer) {
        requireAdmin(viewer);
        return webhooks.find(viewer.workspaceId(), null).map(WebhookView::withoutSecret);
    }

    /** Creates or changes the workspace's webhook (admins only), as {@link #saveOwnWebhook} does. */
    WebhookView saveWorkspaceWebhook(Viewer viewer, @Nullable String ifMatch, WebhookChange change) {
        requireAdmin(viewer);
        return webhooks.save(viewer, null, ifMatch, change.checked(true, addresses));
    }

    /** Removes the workspace's webhook (admins only); 404 when there is none. */
    void deleteWorkspaceWebhook(Viewer viewer) {
        requireAdmin(viewer);
        if (!webhooks.delete(viewer.workspaceId(), null)) {
            throw new NotFoundException("Webhook", "of the workspace");
        }
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new ForbiddenException("Only admins keep the workspace's webhook");
        }
    }
}
