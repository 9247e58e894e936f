package io.closewright.checkup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.closeplan.scheduling.StepOwner;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Blocker ageing in working days (weekends and holidays do not count), the flag, and the blocker's rules. */
class BlockerAgeTests {

    static final BusinessCalendar CALENDAR = BusinessCalendar.mondayToFriday(Set.of(LocalDate.of(2026, 12, 25)));
    static final LocalDate MON_30_NOV = LocalDate.of(2026, 11, 30);

    @Test
    void countsWorkingDaysSinceItWasRaised() {
        assertThat(BlockerAge.of(CALENDAR, MON_30_NOV, null, MON_30_NOV, 5).workingDays())
                .isZero();
        assertThat(BlockerAge.of(CALENDAR, MON_30_NOV, null, LocalDate.of(2026, 12, 1), 5)
                        .workingDays())
                .isEqualTo(1);
        assertThat(BlockerAge.of(CALENDAR, LocalDate.of(2026, 12, 4), null, LocalDate.of(2026, 12, 7), 5)
                        .workingDays())
                .isEqualTo(1);
    }

    @Test
    void skipsHolidays() {
        assertThat(BlockerAge.of(CALENDAR, LocalDate.of(2026, 12, 24), null, LocalDate.of(2026, 12, 28), 5)
                        .workingDays())
                .isEqualTo(1);
    }

    @Test
    void isFlaggedOnlyWhenOpenAndOlderThanTheLimit() {
        assertThat(BlockerAge.of(CALENDAR, MON_30_NOV, null, LocalDate.of(2026, 12, 7), 5))
                .isEqualTo(new BlockerAge(5, false));
        assertThat(BlockerAge.of(CALENDAR, MON_30_NOV, null, LocalDate.of(2026, 12, 8), 5))
                .isEqualTo(new BlockerAge(6, true));
        assertThat(BlockerAge.of(CALENDAR, MON_30_NOV, LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 20), 5))
                .isEqualTo(new BlockerAge(6, false));
    }

    @Test
    void bucketsAgesForTheCoachingView() {
        assertThat(new BlockerAge(2, false).bucket()).isEqualTo("0-2");
        assertThat(new BlockerAge(3, false).bucket()).isEqualTo("3-5");
        assertThat(new BlockerAge(10, true).bucket()).isEqualTo("6-10");
        assertThat(new BlockerAge(11, true).bucket()).isEqualTo("11+");
    }

    @Test
    void aBlockerNeedsADescriptionAndASide() {
        assertThatThrownBy(() -> Blocker.raise(1, 2, new NewBlocker("  ", null, StepOwner.BUYER), 3, MON_30_NOV))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("blocking");
        assertThatThrownBy(() -> Blocker.raise(1, 2, new NewBlocker("Legal", null, null), 3, MON_30_NOV))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void isResolvedOnceWithAResolution() {
        Blocker blocker =
                Blocker.raise(1, 2, new NewBlocker(" Legal review stalled ", "legal", StepOwner.BUYER), 3, MON_30_NOV);
        assertThat(blocker.description).isEqualTo("Legal review stalled");
        assertThatThrownBy(() -> blocker.resolve(" ", 3, MON_30_NOV)).isInstanceOf(RuleViolationException.class);
        assertThat(blocker.open()).isTrue();
        blocker.resolve("Met their counsel", 3, LocalDate.of(2026, 12, 2));
        assertThat(blocker.resolvedOn).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThatThrownBy(() -> blocker.resolve("Again", 3, LocalDate.of(2026, 12, 3)))
                .isInstanceOf(StateConflictException.class);
        assertThat(blocker.resolution).isEqualTo("Met their counsel");
    }
}
