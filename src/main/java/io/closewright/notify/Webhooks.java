package io.closewright.notify;

import io.closewright.identity.Viewer;
import io.closewright.shared.Preconditions;
import io.closewright.shared.SecretTokens;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.Versions;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhooks notices are posted to: at most one per workspace (kept by admins, for chosen kinds) and one
 * per user (for the kinds whose webhook channel the user chose). Changing one needs its current version.
 */
@Component
class Webhooks {

    static final String WORKSPACE = "workspace";

    /** Where one notice goes by webhook. */
    record Target(long webhookId, String url) {}

    private static final String SELECT = "SELECT id, owner_key, url, secret, kinds, enabled, version FROM webhook";

    private final JdbcClient jdbc;
    private final Clock clock;

    Webhooks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String ownerKey(@Nullable Long userId) {
        return userId == null ? WORKSPACE : "user:" + userId;
    }

    Optional<WebhookView> find(long workspaceId, @Nullable Long userId) {
        return jdbc.sql(SELECT + " WHERE workspace_id = ? AND owner_key = ?")
                .params(workspaceId, ownerKey(userId))
                .query(Webhooks::view)
                .optional();
    }

    /** A webhook by id, with its URL and secret, if it still exists. */
    Optional<WebhookView> byId(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(Webhooks::view)
                .optional();
    }

    /**
     * Creates the webhook, or changes it when {@code ifMatch} carries its current version. The answer
     * carries the secret only when this save set it (created the webhook, or replaced the secret): the
     * one time its owner is shown it.
     *
     * @throws Preconditions.PreconditionRequiredException when it exists and no version was sent (428)
     * @throws io.closewright.shared.StaleVersionException when the version is not the current one (412)
     */
    @Transactional
    WebhookView save(Viewer viewer, @Nullable Long userId, @Nullable String ifMatch, WebhookChange change) {
        Optional<WebhookView> existing = find(viewer.workspaceId(), userId);
        if (existing.isEmpty()) {
            insert(viewer.workspaceId(), userId, change);
        } else {
            long version = Versions.required(ifMatch);
            Versions.check("The webhook", version, existing.get().version());
            int changed = jdbc.sql(
                            "UPDATE webhook SET url = ?, secret = ?, kinds = ?, enabled = ?, version = version + 1"
                                    + " WHERE id = ? AND version = ?")
                    .params(
                            change.url(),
                            change.secret() == null ? existing.get().secret() : change.secret(),
                            String.join(",", change.kinds()),
                            change.enabled(),
                            existing.get().id(),
                            version)
                    .update();
            if (changed == 0) {
                throw new StaleVersionException("The webhook", version + 1);
            }
        }
        WebhookView saved = find(viewer.workspaceId(), userId).orElseThrow();
        return existing.isEmpty() || change.secret() != null ? saved : saved.withoutSecret();
    }

    /** Removes the webhook; deliveries still waiting for it are given up when their turn comes. */
    @Transactional
    boolean delete(long workspaceId, @Nullable Long userId) {
        return jdbc.sql("DELETE FROM webhook WHERE workspace_id = ? AND owner_key = ?")
                        .params(workspaceId, ownerKey(userId))
                        .update()
                > 0;
    }

    /** The webhooks a notice of {@code kind} for {@code userId} is posted to. */
    List<Target> targets(long workspaceId, long userId, String kind, boolean userWantsWebhook) {
        List<Target> targets = new ArrayList<>();
        find(workspaceId, null)
                .filter(w -> w.enabled() && w.kinds().contains(kind))
                .ifPresent(w -> targets.add(new Target(w.id(), w.url())));
        if (userWantsWebhook) {
            find(workspaceId, userId)
                    .filter(WebhookView::enabled)
                    .ifPresent(w -> targets.add(new Target(w.id(), w.url())));
        }
        return targets;
    }

    private void insert(long workspaceId, @Nullable Long userId, WebhookChange change) {
        jdbc.sql(
                        "INSERT INTO webhook (workspace_id, owner_key, user_id, url, secret, kinds, enabled, created_at, version)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        workspaceId,
                        ownerKey(userId),
                        userId,
                        change.url(),
                        change.secret() == null ? SecretTokens.generate() : change.secret(),
                        String.join(",", change.kinds()),
                        change.enabled(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    private static WebhookView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new WebhookView(
                rs.getLong("id"),
                WORKSPACE.equals(rs.getString("owner_key")) ? "WORKSPACE" : "USER",
                rs.getString("url"),
                rs.getString("secret"),
                kinds(rs.getString("kinds")),
                rs.getBoolean("enabled"),
                rs.getLong("version"));
    }

    private static List<String> kinds(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }
}
