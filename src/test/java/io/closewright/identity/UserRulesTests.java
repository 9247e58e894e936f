package io.closewright.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserRulesTests {

    static AppUser user(long id, Role role, Long managerId) {
        AppUser u = new AppUser();
        u.id = id;
        u.name = "User " + id;
        u.role = role;
        u.managerId = managerId;
        return u;
    }

    // 1 admin; 2 manager -> 3 manager -> 4 rep
    static final List<AppUser> TEAM = List.of(
            user(1, Role.ADMIN, null), user(2, Role.MANAGER, null), user(3, Role.MANAGER, 2L), user(4, Role.REP, 3L));

    @Test
    void aManagerMustBeAbleToLeadAndExist() {
        assertThatCode(() -> UserRules.checkManager(null, 3L, TEAM)).doesNotThrowAnyException();
        assertThatCode(() -> UserRules.checkManager(null, 1L, TEAM)).doesNotThrowAnyException();
        assertThatThrownBy(() -> UserRules.checkManager(null, 4L, TEAM)).hasMessageContaining("cannot lead");
        assertThatThrownBy(() -> UserRules.checkManager(null, 42L, TEAM)).hasMessageContaining("no such user");
    }

    @Test
    void nobodyReportsToThemselvesOrToSomeoneBelowThem() {
        assertThatThrownBy(() -> UserRules.checkManager(2L, 2L, TEAM)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> UserRules.checkManager(2L, 3L, TEAM)).hasMessageContaining("below them");
        assertThatCode(() -> UserRules.checkManager(3L, 1L, TEAM)).doesNotThrowAnyException();
    }

    @Test
    void aNewUserNeedsAnEmailANameAStrongEnoughPasswordAndARole() {
        List<FieldProblem> problems = UserRules.checkNew(new NewUser("not-an-email", " ", "short", null, null));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("email", "name", "password", "role");
        assertThat(UserRules.checkNew(new NewUser("ann@example.com", "Ann", "long-enough-pw", Role.REP, null)))
                .isEmpty();
    }
}
