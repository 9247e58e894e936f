package io.closewright.checkup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each quality criterion of a held checkup on its own, and the score adding them up. */
class CheckupQualityTests {

    static final LocalDate HELD = LocalDate.of(2026, 12, 1);

    @Test
    void heldTheDayBeforeTheDeadlineIsBeforeIt() {
        assertThat(CheckupQuality.judge(HELD, HELD.plusDays(1), null, null).beforeDeadline())
                .isTrue();
    }

    @Test
    void heldOnTheDeadlineIsNotBeforeIt() {
        assertThat(CheckupQuality.judge(HELD, HELD, null, null).beforeDeadline())
                .isFalse();
    }

    @Test
    void heldAfterTheDeadlineOrWithoutOneIsNotBeforeIt() {
        assertThat(CheckupQuality.judge(HELD, HELD.minusDays(3), "p", "s").beforeDeadline())
                .isFalse();
        assertThat(CheckupQuality.judge(HELD, null, "p", "s").beforeDeadline()).isFalse();
    }

    @Test
    void aNonBlankProblemIsIdentified() {
        assertThat(CheckupQuality.judge(HELD, null, "Security review not booked", null)
                        .problemIdentified())
                .isTrue();
        assertThat(CheckupQuality.judge(HELD, null, "   ", null).problemIdentified())
                .isFalse();
    }

    @Test
    void aNonBlankSolutionIsReady() {
        assertThat(CheckupQuality.judge(HELD, null, null, "Bring the SOC 2 report")
                        .solutionReady())
                .isTrue();
        assertThat(CheckupQuality.judge(HELD, null, null, "").solutionReady()).isFalse();
    }

    @Test
    void neitherProblemNorSolutionIsJustCheckingIn() {
        CheckupQuality nagging = CheckupQuality.judge(HELD, HELD.plusDays(2), " ", null);
        assertThat(nagging.justCheckingIn()).isTrue();
        assertThat(nagging.score()).isEqualTo(1);
        assertThat(CheckupQuality.judge(HELD, null, "p", null).justCheckingIn()).isFalse();
        assertThat(CheckupQuality.judge(HELD, null, null, "s").justCheckingIn()).isFalse();
    }

    @Test
    void scoresOnePointPerCriterion() {
        assertThat(CheckupQuality.judge(HELD, HELD, null, null).score()).isZero();
        assertThat(CheckupQuality.judge(HELD, HELD, "p", null).score()).isEqualTo(1);
        assertThat(CheckupQuality.judge(HELD, HELD, "p", "s").score()).isEqualTo(2);
        assertThat(CheckupQuality.judge(HELD, HELD.plusDays(1), "p", "s"))
                .isEqualTo(new CheckupQuality(true, true, true, 3, false));
    }
}
