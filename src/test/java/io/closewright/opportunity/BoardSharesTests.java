package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The board's cards shared between its columns: equal shares, what a small column leaves goes to the others. */
class BoardSharesTests {

    @Test
    void givesEveryColumnAnEqualShareWhenAllHaveMore() {
        assertThat(BoardShares.of(new long[] {500, 400, 300, 200, 100}, 200)).containsExactly(40, 40, 40, 40, 40);
    }

    @Test
    void handsWhatASmallColumnLeavesToTheOthers() {
        assertThat(BoardShares.of(new long[] {10, 100, 0, 1000, 1000}, 200)).containsExactly(10, 64, 0, 63, 63);
    }

    @Test
    void showsEveryDealWhenThereAreFewerThanTheLimit() {
        assertThat(BoardShares.of(new long[] {3, 0, 7}, 200)).containsExactly(3, 0, 7);
    }

    @Test
    void anEmptyBoardHasNoCards() {
        assertThat(BoardShares.of(new long[] {}, 200)).isEmpty();
        assertThat(BoardShares.of(new long[] {5, 5}, 0)).containsExactly(0, 0);
    }

    @Test
    void sharesAreBoundedFairAndUseTheWholeLimit() {
        qt().withExamples(2000)
                .forAll(
                        lists().of(integers().between(0, 400)).ofSizeBetween(0, 9),
                        integers().between(0, 300))
                .checkAssert((List<Integer> columns, Integer cards) -> {
                    long[] counts =
                            columns.stream().mapToLong(Integer::longValue).toArray();
                    int[] shares = BoardShares.of(counts, cards);
                    long all = columns.stream().mapToLong(Integer::longValue).sum();
                    assertThat(BoardShares.total(shares)).isEqualTo((int) Math.min(all, cards));
                    for (int i = 0; i < counts.length; i++) {
                        assertThat(shares[i]).isBetween(0, (int) counts[i]);
                        for (int j = 0; j < counts.length; j++) {
                            if (shares[i] < counts[i]) {
                                assertThat(shares[j])
                                        .as("a column short of its deals gets at least as many as any other, less one")
                                        .isLessThanOrEqualTo(shares[i] + 1);
                            }
                        }
                    }
                });
    }
}
