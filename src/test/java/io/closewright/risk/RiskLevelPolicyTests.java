package io.closewright.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The level rules of ADR 0013, and that adding a signal never lowers the level. */
class RiskLevelPolicyTests {

    private static RiskLevel level(SignalCode... codes) {
        return RiskLevelPolicy.level(
                Arrays.stream(codes).map(c -> new RiskSignal(c, "")).toList());
    }

    @Test
    void levelsFollowTheRules() {
        assertThat(level()).isEqualTo(RiskLevel.LOW);
        assertThat(level(SignalCode.SINGLE_THREADED)).isEqualTo(RiskLevel.LOW);
        assertThat(level(SignalCode.SINGLE_THREADED, SignalCode.NO_RECENT_CHECKUP))
                .isEqualTo(RiskLevel.MEDIUM);
        assertThat(level(SignalCode.STALE)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(level(SignalCode.STALE, SignalCode.ASK_OVERDUE)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(level(SignalCode.STALE, SignalCode.ASK_OVERDUE, SignalCode.SINGLE_THREADED))
                .isEqualTo(RiskLevel.HIGH);
        assertThat(level(SignalCode.PLAN_OFF_TRACK)).isEqualTo(RiskLevel.HIGH);
        assertThat(level(SignalCode.CLOSE_DATE_PAST)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void addingASignalNeverLowersTheLevel() {
        SignalCode[] all = SignalCode.values();
        for (int mask = 0; mask < (1 << all.length); mask++) {
            List<SignalCode> set = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    set.add(all[i]);
                }
            }
            RiskLevel before = level(set.toArray(SignalCode[]::new));
            for (SignalCode extra : all) {
                if (!set.contains(extra)) {
                    List<SignalCode> more = new ArrayList<>(set);
                    more.add(extra);
                    assertThat(level(more.toArray(SignalCode[]::new))).isGreaterThanOrEqualTo(before);
                }
            }
        }
    }
}
