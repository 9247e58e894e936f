package io.closewright.opportunity;

/** A pipeline stage as the board, forms and the API show it. */
public record StageView(
        String key, String name, int probability, int order, boolean closed, boolean won, long version) {}
