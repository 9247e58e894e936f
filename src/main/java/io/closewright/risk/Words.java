package io.closewright.risk;

import io.closewright.closeplan.scheduling.StepOwner;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How signals and notices write dates, counts and sides. */
final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Words() {}

    static String date(LocalDate date) {
        return DAY.format(date);
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String side(StepOwner owner) {
        return switch (owner) {
            case SELLER -> "our side";
            case BUYER -> "the buyer";
            case JOINT -> "both sides";
        };
    }
}
