package io.closewright.shared.calendar;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.quicktheories.core.Gen;

/** QuickTheories generators of business calendars for property tests. */
public final class RandomCalendars {

    private RandomCalendars() {}

    /** Any non-empty set of days of the week, drawn as a bit mask of the seven days. */
    public static Gen<Set<DayOfWeek>> workdays() {
        return integers().between(1, 127).map(mask -> {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            Arrays.stream(DayOfWeek.values())
                    .filter(day -> (mask & (1 << day.ordinal())) != 0)
                    .forEach(days::add);
            return days;
        });
    }

    /** Sets of at most {@code maxSize} holidays drawn from {@code dates}. */
    public static Gen<Set<LocalDate>> holidays(Gen<LocalDate> dates, int maxSize) {
        return lists().of(dates).ofSizeBetween(0, maxSize).map(list -> new HashSet<>(list));
    }
}
