package io.closewright.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.shared.RuleViolationException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TimelineKindTests {

    @Test
    void aFilterNamesKindsOrGroupsInAnyCase() {
        assertThat(TimelineKind.parse("call, Meeting"))
                .containsExactlyInAnyOrder(TimelineKind.CALL, TimelineKind.MEETING);
        assertThat(TimelineKind.parse("plan"))
                .containsExactlyInAnyOrder(
                        TimelineKind.STEP_DONE,
                        TimelineKind.STEP_REOPENED,
                        TimelineKind.BUYER_STEP_DONE,
                        TimelineKind.PLAN_SLIPPED);
        assertThat(TimelineKind.parse(" ")).isEqualTo(EnumSet.allOf(TimelineKind.class));
    }

    @Test
    void anUnknownKindIsRefusedNamingTheField() {
        assertThatThrownBy(() -> TimelineKind.parse("CALL,GOSSIP"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("GOSSIP");
    }
}
