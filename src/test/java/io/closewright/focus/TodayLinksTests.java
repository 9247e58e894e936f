package io.closewright.focus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TodayLinksTests {

    @Test
    void shownIsOnePageUnlessAskedForMoreAndThenWholePages() {
        assertThat(TodayLinks.shown(null, 100)).isEqualTo(100);
        assertThat(TodayLinks.shown(" ", 100)).isEqualTo(100);
        assertThat(TodayLinks.shown("abc", 100)).isEqualTo(100);
        assertThat(TodayLinks.shown("-5", 100)).isEqualTo(100);
        assertThat(TodayLinks.shown("100", 100)).isEqualTo(100);
        assertThat(TodayLinks.shown("101", 100)).isEqualTo(200);
        assertThat(TodayLinks.shown("300", 100)).isEqualTo(300);
        assertThat(TodayLinks.shown(String.valueOf(Integer.MAX_VALUE), 100)).isPositive();
    }

    @Test
    void showingKeepsWhoseTodayItIs() {
        assertThat(TodayLinks.showing(null, 200)).isEqualTo("/today?shown=200");
        assertThat(TodayLinks.showing(42L, 200)).isEqualTo("/today?rep=42&shown=200");
    }
}
