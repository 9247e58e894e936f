package io.closewright.opportunity;

/**
 * A pipeline stage as the board, forms and the API show it.
 *
 * @param staleDays days without activity after which an open deal in this stage is stale; 0 for never
 */
public record StageView(
        String key, String name, int probability, int order, boolean closed, boolean won, long version, int staleDays) {

    /** A stage whose deals never go stale. */
    public StageView(String key, String name, int probability, int order, boolean closed, boolean won, long version) {
        this(key, name, probability, order, closed, won, version, 0);
    }
}
