package io.closewright.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginDelaysTests {

    private final LoginDelays delays = new LoginDelays(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void theFirstFailuresCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(delays.after(failures)).isZero();
        }
    }

    @Test
    void delaysDoubleFromTheFirstDelayUpToTheLongest() {
        assertThat(delays.after(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(delays.after(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(delays.after(7)).isEqualTo(Duration.ofMinutes(2));
        assertThat(delays.after(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(delays.after(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(delays.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void delaysNeverShrinkAsFailuresGrow() {
        Duration previous = Duration.ZERO;
        for (int failures = 0; failures < 200; failures++) {
            Duration delay = delays.after(failures);
            assertThat(delay).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(Duration.ofMinutes(15));
            previous = delay;
        }
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
        assertThatThrownBy(() -> new LoginDelays(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginDelays(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
