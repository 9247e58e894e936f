package io.closewright.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImportedValuesTests {

    @Test
    void readsIsoUsAndDateTimeFormats() throws Exception {
        LocalDate march = LocalDate.of(2017, 3, 1);
        assertThat(ImportedValues.date("2017-03-01", "close date")).contains(march);
        assertThat(ImportedValues.date("3/1/2017", "close date")).contains(march);
        assertThat(ImportedValues.date("03/01/2017 4:05 PM", "close date")).contains(march);
        assertThat(ImportedValues.date("2017-03-01 00:00:00", "close date")).contains(march);
        assertThat(ImportedValues.date("2017-03-01T23:10:00Z", "close date")).contains(march);
        assertThat(ImportedValues.date(" ", "close date")).isEmpty();
    }

    @Test
    void refusesImpossibleDatesNamingTheValue() {
        assertThatThrownBy(() -> ImportedValues.date("2017-02-30", "close date"))
                .hasMessageContaining("close date '2017-02-30' is not a date");
        assertThatThrownBy(() -> ImportedValues.date("next week", "close date")).hasMessageContaining("'next week'");
    }

    @Test
    void readsAmountsWithSignsAndThousandsSeparators() throws Exception {
        assertThat(ImportedValues.amount("$1,234.50").orElseThrow()).isEqualByComparingTo("1234.50");
        assertThat(ImportedValues.amount("EUR 99").orElseThrow()).isEqualByComparingTo("99");
        assertThat(ImportedValues.amount("15000").orElseThrow()).isEqualByComparingTo("15000");
        assertThat(ImportedValues.amount("")).isEmpty();
        assertThatThrownBy(() -> ImportedValues.amount("1.2.3")).hasMessageContaining("is not a number");
        assertThatThrownBy(() -> ImportedValues.amount("-5")).hasMessageContaining("negative");
        assertThatThrownBy(() -> ImportedValues.amount("99999999999999")).hasMessageContaining("too large");
    }

    @Test
    void readsSalesforceFlags() {
        assertThat(ImportedValues.flag("1")).isTrue();
        assertThat(ImportedValues.flag("true")).isTrue();
        assertThat(ImportedValues.flag("0")).isFalse();
        assertThat(ImportedValues.flag("")).isFalse();
    }
}
