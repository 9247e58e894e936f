package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpportunityRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void acceptsAPlausibleNewDeal() {
        assertThatCode(() -> OpportunityRules.check("Deal", new BigDecimal("1.50"), "EUR", TODAY, TODAY, true))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesNegativeHugeOrOverPreciseAmounts() {
        for (String amount : new String[] {"-1", "10000000000000", "1.234"}) {
            assertThatThrownBy(() -> OpportunityRules.check(null, new BigDecimal(amount), null, null, TODAY, false))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("between 0");
        }
    }

    @Test
    void refusesMissingFieldsOnCreateAndFarOrPastDates() {
        assertThatThrownBy(() -> OpportunityRules.check(null, null, null, null, TODAY, true))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.problems())
                                .extracting(io.closewright.shared.FieldProblem::field)
                                .containsExactly("name", "amount", "closeDate"));
        assertThatThrownBy(() -> OpportunityRules.check("x", BigDecimal.ONE, null, TODAY.minusDays(1), TODAY, true))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> OpportunityRules.check("x", BigDecimal.ONE, null, TODAY.plusYears(11), TODAY, true))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> OpportunityRules.check("x", BigDecimal.ONE, "usd", TODAY, TODAY, true))
                .isInstanceOf(RuleViolationException.class);
    }
}
