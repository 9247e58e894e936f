package io.closewright.account;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a valid account and contact look like. */
final class AccountRules {

    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private AccountRules() {}

    static void check(AccountDetails details, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (creating || details.name() != null) {
            text("name", details.name(), 200, true, problems);
        }
        if (details.domain() != null
                && !details.domain().isBlank()
                && !DOMAIN.matcher(normalDomain(details.domain())).matches()) {
            problems.add(new FieldProblem("domain", "must be a domain name such as example.com"));
        }
        text("industry", details.industry(), 100, false, problems);
        throwIfAny(problems);
    }

    static void check(ContactDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        text("name", details.name(), 200, true, problems);
        if (details.email() != null
                && !details.email().isBlank()
                && (details.email().length() > 320
                        || !EMAIL.matcher(details.email().trim()).matches())) {
            problems.add(new FieldProblem("email", "must be a valid email address"));
        }
        text("title", details.title(), 200, false, problems);
        text("phone", details.phone(), 50, false, problems);
        if (details.role() == null) {
            problems.add(new FieldProblem("role", "must be one of " + List.of(ContactRole.values())));
        }
        throwIfAny(problems);
    }

    static String normalDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        String d = domain.trim()
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^https?://", "")
                .replaceFirst("^www\\.", "");
        int slash = d.indexOf('/');
        return slash >= 0 ? d.substring(0, slash) : d;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void text(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        if (required && (value == null || value.isBlank())) {
            problems.add(new FieldProblem(field, "must not be blank"));
        } else if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }
}
