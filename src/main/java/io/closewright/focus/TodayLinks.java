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

    /** The Today page of {@code rep} (null: oneself) showing the first {@code shown} items of the focus list. */
    static String showing(Long rep, int shown) {
        return (rep == null ? "/today?" : "/today?rep=" + rep + "&") + "shown=" + shown;
    }

    /**
     * How many focus items the page shows for a {@code shown} parameter: {@code page} when absent or not a
     * positive number, else that number rounded up to whole pages.
     */
    static int shown(String shown, int page) {
        if (shown == null || shown.isBlank()) {
            return page;
        }
        try {
            int n = Integer.parseInt(shown.trim());
            return n <= page ? page : (int) Math.min(Integer.MAX_VALUE, ((long) n + page - 1) / page * page);
        } catch (NumberFormatException e) {
            return page;
        }
    }
}
