package io.closewright.notify;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of notice users choose channels for, with their defaults: slip alerts, escalations, the
 * morning checkup reminder and the weekly risk digest reach a user by inbox and email (the last two exist
 * to be read in the mailbox), everything else by inbox only. A webhook of the user's own gets what goes by
 * email. A kind raised by a module that this list does not know yet is delivered by inbox.
 */
final class NoticeKinds {

    /** One kind: its code (as {@code NoticeRaised.kind}), a label and what it is, and its default channels. */
    record Kind(String code, String label, String description, Set<Channel> defaults) {}

    static final Set<Channel> INBOX_ONLY = EnumSet.of(Channel.INBOX);
    private static final Set<Channel> EVERYWHERE = EnumSet.allOf(Channel.class);

    static final List<Kind> ALL = List.of(
            new Kind("slip-alert", "Slip alerts", "A committed deal's plan went off track past its period", EVERYWHERE),
            new Kind("escalation", "Escalations", "A rep escalated a deal to you", EVERYWHERE),
            new Kind("checkup-reminder", "Checkup reminders", "This morning's checkups due on your deals", EVERYWHERE),
            new Kind("risk-digest", "Weekly risk digest", "Your team's deals at risk, once a week", EVERYWHERE),
            new Kind("buyer-comment", "Buyer comments", "A buyer commented on a shared close plan", INBOX_ONLY),
            new Kind("buyer-step", "Buyer steps done", "A buyer marked one of their steps done", INBOX_ONLY),
            new Kind("rule", "Automation rules", "An automation rule of yours fired", INBOX_ONLY),
            new Kind("nurture-reply", "Nurture replies", "A nurtured contact came back", INBOX_ONLY));

    private NoticeKinds() {}

    static Optional<Kind> find(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(k -> k.code().equals(wanted)).findFirst();
    }

    /** The default channels of a kind; inbox only for a kind not in the list. */
    static Set<Channel> defaults(String code) {
        return find(code).map(Kind::defaults).orElse(INBOX_ONLY);
    }

    static String label(String code) {
        return find(code).map(Kind::label).orElse(code);
    }
}
