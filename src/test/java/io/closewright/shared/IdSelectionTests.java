package io.closewright.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdSelectionTests {

    @Test
    void closeIdsAreReadAsARangeAndOnlyTheChosenOnesCount() {
        IdSelection dense = IdSelection.densest(List.of(10L, 11L, 13L, 14L), 4);
        assertThat(dense.on("o.id")).isEqualTo("o.id BETWEEN :first AND :last");
        assertThat(dense.contains(12)).isFalse();
        assertThat(dense.contains(13)).isTrue();
    }

    @Test
    void scatteredIdsAreReadAsASet() {
        IdSelection sparse = IdSelection.densest(List.of(1L, 500L, 9_000L), 4);
        assertThat(sparse.on("o.id")).isEqualTo("o.id IN (:ids)");
        assertThat(sparse.ids()).containsExactly(1L, 500L, 9_000L);
    }

    @Test
    void noIdsIsAnEmptySetAndAnEmptyChunkIsRefused() {
        assertThat(IdSelection.densest(List.of(), 4).isEmpty()).isTrue();
        assertThatThrownBy(() -> IdSelection.chunk(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsOutOfOrderAreRefusedRatherThanReadAsAWrongRange() {
        assertThatThrownBy(() -> IdSelection.chunk(List.of(10L, 14L, 11L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("14 then 11");
        assertThatThrownBy(() -> IdSelection.densest(List.of(14L, 10L), 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(IdSelection.densest(List.of(10L, 10L, 11L), 4).on("o.id")).contains("BETWEEN");
    }
}
