package io.closewright.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.shared.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormatsTests {

    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    static final Formats WORKING = new Formats(
            "USD", TUESDAY, ZoneOffset.UTC, BusinessCalendar.mondayToFriday(Set.of(LocalDate.of(2026, 12, 4))));

    @Test
    void datesReadLikeTue8DecWithTheYearOnlyWhenItIsNotThisYear() {
        assertThat(WORKING.date(LocalDate.of(2026, 12, 8))).isEqualTo("Tue 8 Dec");
        assertThat(WORKING.date(LocalDate.of(2027, 1, 7))).isEqualTo("Thu 7 Jan 2027");
    }

    @Test
    void futureDatesCountWorkingDaysAndPastOnesCalendarDays() {
        assertThat(WORKING.relative(TUESDAY)).isEqualTo("today");
        assertThat(WORKING.relative(TUESDAY.plusDays(1))).isEqualTo("tomorrow");
        assertThat(WORKING.relative(LocalDate.of(2026, 12, 8)))
                .as("over a weekend and a holiday")
                .isEqualTo("in 4 working days");
        assertThat(WORKING.due(LocalDate.of(2026, 11, 29))).isEqualTo("2 days overdue");
        assertThat(WORKING.due(LocalDate.of(2026, 11, 30))).isEqualTo("1 day overdue");
        assertThat(new Formats("USD", TUESDAY, ZoneOffset.UTC).relative(LocalDate.of(2026, 12, 8)))
                .isEqualTo("in 7 days");
    }

    @Test
    void moneyHasTheCurrencyAndThousandsSeparators() {
        assertThat(WORKING.money(new BigDecimal("12500"))).isEqualTo("$12,500");
    }
}
