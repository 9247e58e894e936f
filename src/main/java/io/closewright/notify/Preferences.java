package io.closewright.notify;

import io.closewright.identity.Viewer;
import io.closewright.shared.RuleViolationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's choice of channels per kind of notice. Only what a user changed is stored; every other
 * kind follows {@link NoticeKinds}' defaults, so new kinds and changed defaults reach everyone at once.
 */
@Component
class Preferences {

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The channels a notice of {@code kind} reaches the user by. */
    Set<Channel> channels(long userId, String kind) {
        return jdbc.sql("SELECT inbox, email, webhook FROM notification_preference WHERE user_id = ? AND kind = ?")
                .params(userId, kind)
                .query((rs, n) -> channels(rs.getBoolean("inbox"), rs.getBoolean("email"), rs.getBoolean("webhook")))
                .optional()
                .orElseGet(() -> NoticeKinds.defaults(kind));
    }

    /** Every known kind with the user's channels for it. */
    List<PreferenceView> of(Viewer viewer) {
        Map<String, Set<Channel>> stored = jdbc
                .sql("SELECT kind, inbox, email, webhook FROM notification_preference WHERE user_id = ?")
                .param(viewer.userId())
                .query((rs, n) -> Map.entry(
                        rs.getString("kind"),
                        channels(rs.getBoolean("inbox"), rs.getBoolean("email"), rs.getBoolean("webhook"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return NoticeKinds.ALL.stream()
                .map(kind ->
                        view(kind, stored.getOrDefault(kind.code(), kind.defaults()), stored.containsKey(kind.code())))
                .toList();
    }

    /**
     * Sets the channels of one kind for the viewer.
     *
     * @throws RuleViolationException for a kind {@link NoticeKinds} does not know
     */
    @Transactional
    PreferenceView set(Viewer viewer, String kind, boolean inbox, boolean email, boolean webhook) {
        NoticeKinds.Kind known =
                NoticeKinds.find(kind).orElseThrow(() -> new RuleViolationException("kind", unknown(kind)));
        jdbc.sql("DELETE FROM notification_preference WHERE user_id = ? AND kind = ?")
                .params(viewer.userId(), known.code())
                .update();
        jdbc.sql("INSERT INTO notification_preference (user_id, kind, workspace_id, inbox, email, webhook)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(viewer.userId(), known.code(), viewer.workspaceId(), inbox, email, webhook)
                .update();
        return view(known, channels(inbox, email, webhook), true);
    }

    static String unknown(String kind) {
        return "unknown kind '" + kind + "'; use one of "
                + NoticeKinds.ALL.stream().map(NoticeKinds.Kind::code).collect(Collectors.joining(", "));
    }

    private static PreferenceView view(NoticeKinds.Kind kind, Set<Channel> channels, boolean customised) {
        return new PreferenceView(
                kind.code(),
                kind.label(),
                kind.description(),
                channels.contains(Channel.INBOX),
                channels.contains(Channel.EMAIL),
                channels.contains(Channel.WEBHOOK),
                customised);
    }

    private static Set<Channel> channels(boolean inbox, boolean email, boolean webhook) {
        Set<Channel> set = EnumSet.noneOf(Channel.class);
        Map.of(Channel.INBOX, inbox, Channel.EMAIL, email, Channel.WEBHOOK, webhook)
                .forEach((c, on) -> {
                    if (on) {
                        set.add(c);
                    }
                });
        return set;
    }
}
