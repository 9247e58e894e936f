package io.closewright.focus;

import io.closewright.shared.NotFoundException;

/** The Today page's address for a user: {@code /today} for oneself, {@code /today?rep=<id>} for someone else. */
final class TodayLinks {

    private TodayLinks() {}

    /** The user id of a {@code rep} parameter, null when absent; anything but a number is a 404 like an unknown user. */
    static Long user(String rep) {
        if (rep == null || rep.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(rep.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException("User", rep);
        }
    }

    static String today(Long rep) {
        return rep == null ? "/today" : "/today?rep=" + rep;
    }
}
