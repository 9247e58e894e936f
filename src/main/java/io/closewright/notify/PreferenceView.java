package io.closewright.notify;

/**
 * Which channels one kind of notice reaches a user by.
 *
 * @param kind the kind's code ({@code slip-alert}, {@code escalation}, ...)
 * @param label what the kind is called on pages
 * @param description what such a notice is about
 * @param inbox shown in the in-app inbox
 * @param email sent by email
 * @param webhook posted to the user's own webhook, if they have one
 * @param customised whether the user changed the defaults for this kind
 */
public record PreferenceView(
        String kind,
        String label,
        String description,
        boolean inbox,
        boolean email,
        boolean webhook,
        boolean customised) {}
