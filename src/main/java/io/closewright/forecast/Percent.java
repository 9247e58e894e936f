package io.closewright.forecast;

import org.jspecify.annotations.Nullable;

/** Shares and scores as the forecast pages print them: {@code 12.5%}, or a dash when there is none. */
public final class Percent {

    private Percent() {}

    public static String of(@Nullable Double share) {
        return share == null ? "—" : Math.round(share * 1000) / 10.0 + "%";
    }

    public static String days(@Nullable Double days) {
        return days == null ? "—" : Math.round(days) + " days";
    }
}
