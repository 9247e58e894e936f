package io.closewright.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageSliceTests {

    @Test
    void defaultsToTheFirstPageOfFifty() {
        PageSlice slice = PageSlice.of(null, null);
        assertThat(slice.page()).isZero();
        assertThat(slice.size()).isEqualTo(50);
        assertThat(PageSlice.of(3, 20).offset()).isEqualTo(60);
    }

    @Test
    void refusesNegativePagesAndAbsurdSizes() {
        assertThatThrownBy(() -> PageSlice.of(-1, 10)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> PageSlice.of(0, 0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> PageSlice.of(0, 201)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> PageSlice.of(Integer.MAX_VALUE, 200)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aPageKnowsWhetherMoreFollow() {
        Paged<String> page = Paged.of(List.of("a", "b"), PageSlice.of(0, 2), 5);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(Paged.of(List.of("e"), PageSlice.of(2, 2), 5).hasNext()).isFalse();
    }
}
