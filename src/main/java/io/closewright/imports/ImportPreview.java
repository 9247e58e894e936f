package io.closewright.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dry run of an import: how many rows the file has and how many would be created, updated (changed
 * since the last import of the same source) or skipped (unchanged, or bad); the first bad rows with
 * their file line and reason ({@code errorCount} counts them all); how many contacts named on the rows
 * would be added to their accounts ({@code contactsCreated}) or overwritten ({@code contactsUpdated},
 * changed since the last import of the same source); how the columns, stages and owners
 * map (with every header of the file, to map a column by hand); and notes on assumptions made (such as prices taken from a product list).
 */
public record ImportPreview(
        String preset,
        String source,
        int rows,
        int created,
        int updated,
        int skipped,
        int errorCount,
        int contactsCreated,
        int contactsUpdated,
        List<RowError> errors,
        String charset,
        String delimiter,
        List<String> headers,
        List<ColumnChoice> columns,
        List<StageChoice> stages,
        List<OwnerChoice> owners,
        List<String> notes) {

    /** Which header carries a field; {@code header} is null when the file has no such column. */
    public record ColumnChoice(
            String field,
            String label,
            boolean required,
            @Nullable String header) {}

    /** Where the rows of a source stage go; {@code stage} is null while it is unmapped. */
    public record StageChoice(
            String source,
            int rows,
            @Nullable String stage,
            @Nullable String stageName) {}

    /**
     * Who owns the deals of a source owner: an existing user ({@code userId}), or a user to create
     * ({@code create}, as a rep under {@code manager} when the teams file names one).
     */
    public record OwnerChoice(
            String source,
            int rows,
            @Nullable Long userId,
            String name,
            boolean create,
            @Nullable String manager) {}
}
