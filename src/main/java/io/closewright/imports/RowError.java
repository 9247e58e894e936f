package io.closewright.imports;

/** A row that cannot be imported: {@code row} is its file line (the header is line 1). */
public record RowError(int row, String message) {}
