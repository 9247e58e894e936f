package io.closewright.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionsTests {

    @Test
    void readsStrongWeakAndBareVersions() {
        assertThat(Versions.parse("\"3\"")).isEqualTo(3);
        assertThat(Versions.parse("W/\"4\"")).isEqualTo(4);
        assertThat(Versions.parse(" 5 ")).isEqualTo(5);
        assertThatThrownBy(() -> Versions.parse("\"abc\"")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentOne() {
        assertThatCode(() -> Versions.check("Deal", 2, 2)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Versions.check("Deal", 1, 2))
                .isInstanceOfSatisfying(
                        StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(2));
    }

    @Test
    void aChangeWithoutIfMatchIsRefused() {
        assertThatThrownBy(() -> Preconditions.requireIfMatch(" "))
                .isInstanceOf(Preconditions.PreconditionRequiredException.class);
        assertThat(Preconditions.requireIfMatch("\"1\"")).isEqualTo("\"1\"");
    }
}
