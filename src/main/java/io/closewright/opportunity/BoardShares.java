package io.closewright.opportunity;

import java.util.Arrays;

/**
 * How many cards each board column shows when the whole board shows at most a fixed number: every
 * column gets an equal share, and what a column with fewer deals leaves unused goes, again in equal
 * shares, to the columns that have more. No column gets more cards than it has deals, the shares add
 * up to the smaller of the limit and all deals, and a column gets less than another only when it has
 * no more deals to show. The columns' order breaks ties: earlier columns get the odd cards first.
 */
final class BoardShares {

    private BoardShares() {}

    /**
     * The share of each column, in the order of {@code counts}.
     *
     * @param counts how many deals each column has (none negative)
     * @param cards how many cards the whole board may show (not negative)
     */
    static int[] of(long[] counts, int cards) {
        int[] shares = new int[counts.length];
        int left = cards;
        boolean[] full = new boolean[counts.length];
        int open = counts.length;
        while (left > 0 && open > 0) {
            int each = Math.max(1, left / open);
            int handedOut = 0;
            for (int i = 0; i < counts.length && left - handedOut > 0; i++) {
                if (full[i]) {
                    continue;
                }
                int give = (int) Math.min(Math.min(each, counts[i] - shares[i]), left - handedOut);
                shares[i] += give;
                handedOut += give;
                if (shares[i] >= counts[i]) {
                    full[i] = true;
                    open--;
                }
            }
            left -= handedOut;
            if (handedOut == 0) {
                break;
            }
        }
        return shares;
    }

    static int total(int[] shares) {
        return Arrays.stream(shares).sum();
    }
}
