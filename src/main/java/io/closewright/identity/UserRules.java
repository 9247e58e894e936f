package io.closewright.identity;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules a user record must keep: a plausible unique email, a name, a strong enough password, and a
 * manager who can lead, lives in the same workspace and is not the user or anyone below them.
 */
final class UserRules {

    static final int MIN_PASSWORD = 10;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private UserRules() {}

    static List<FieldProblem> checkNew(NewUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        if (user.email() == null
                || !EMAIL.matcher(user.email().trim()).matches()
                || user.email().length() > 320) {
            problems.add(new FieldProblem("email", "must be a valid email address"));
        }
        checkName(user.name(), problems);
        if (user.password() == null
                || user.password().length() < MIN_PASSWORD
                || user.password().length() > 200) {
            problems.add(new FieldProblem("password", "must be " + MIN_PASSWORD + " to 200 characters"));
        }
        if (user.role() == null) {
            problems.add(new FieldProblem("role", "must be REP, MANAGER or ADMIN"));
        }
        return problems;
    }

    static void checkName(String name, List<FieldProblem> problems) {
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(new FieldProblem("name", "must be 1 to 200 characters"));
        }
    }

    /** Checks that {@code managerId} may lead {@code userId} (null for a new user) among {@code users}. */
    static void checkManager(Long userId, Long managerId, List<AppUser> users) {
        if (managerId == null) {
            return;
        }
        Map<Long, AppUser> byId = users.stream().collect(Collectors.toMap(u -> u.id, u -> u));
        AppUser manager = byId.get(managerId);
        if (manager == null) {
            throw new RuleViolationException("managerId", "no such user in this workspace");
        }
        if (!manager.role.canLead()) {
            throw new RuleViolationException("managerId", manager.name + " is a rep and cannot lead others");
        }
        for (AppUser up = manager; up != null; up = up.managerId == null ? null : byId.get(up.managerId)) {
            if (Objects.equals(up.id, userId)) {
                throw new RuleViolationException(
                        "managerId", "a user cannot report to themselves or to someone below them");
            }
        }
    }
}
