package io.closewright.opportunity;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Field rules of a deal that hold whatever the deal's state. */
final class OpportunityRules {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    private OpportunityRules() {}

    static void check(
            String name, BigDecimal amount, String currency, LocalDate closeDate, LocalDate today, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if ((creating || name != null) && (name == null || name.isBlank() || name.length() > 200)) {
            problems.add(new FieldProblem("name", "must be 1 to 200 characters"));
        }
        if (creating && amount == null) {
            problems.add(new FieldProblem("amount", "must not be empty"));
        }
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2)) {
            problems.add(new FieldProblem(
                    "amount", "must be between 0 and " + MAX_AMOUNT.toPlainString() + " with at most 2 decimals"));
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            problems.add(new FieldProblem("currency", "must be a three-letter ISO code such as USD"));
        }
        if (creating && closeDate == null) {
            problems.add(new FieldProblem("closeDate", "must not be empty"));
        }
        if (closeDate != null && closeDate.isAfter(today.plusYears(10))) {
            problems.add(new FieldProblem("closeDate", "must be within ten years"));
        }
        if (creating && closeDate != null && closeDate.isBefore(today)) {
            problems.add(new FieldProblem("closeDate", "must be today or later"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }
}
