package io.closewright.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded import read and planned: the table, the column mapping, and one outcome per row (a
 * {@link PlannedDeal} or a {@link RowError}), in file order. The same request always reads the same
 * way, so a worker that resumes a job re-reads its stored files and continues where the last one
 * stopped.
 */
record ParsedImport(
        CsvTable table, ColumnMapping columns, Companions companions, List<Object> read, List<Object> outcomes) {

    /** Reads the files; a file-level problem (empty, binary, not CSV, required columns missing) is refused. */
    static ParsedImport read(ImportRequest request, int maxRows) {
        CsvTable table = CsvTable.parse(request.file(), "file", maxRows);
        Companions companions = Companions.of(
                companion(request.products(), "products", maxRows),
                companion(request.teams(), "teams", maxRows),
                companion(request.accounts(), "accounts", maxRows));
        ColumnMapping columns = ColumnMapping.resolve(request.preset(), table, request.columns());
        List<Object> read = new DealReader(request.preset(), columns, companions).read(table.rows());
        return new ParsedImport(table, columns, companions, read, List.of());
    }

    private static CsvTable companion(byte[] bytes, String field, int maxRows) {
        return bytes == null || bytes.length == 0 ? null : CsvTable.parse(bytes, field, maxRows);
    }

    /** The same import with every read row planned by {@code planner}. */
    ParsedImport planned(ImportPlanner planner) {
        List<Object> outcomes = new ArrayList<>(read.size());
        for (Object o : read) {
            outcomes.add(o instanceof SourceDeal deal ? planner.plan(deal) : o);
        }
        return new ParsedImport(table, columns, companions, read, outcomes);
    }

    List<PlannedDeal> deals(int from, int to) {
        List<PlannedDeal> deals = new ArrayList<>();
        for (Object o : outcomes.subList(from, to)) {
            if (o instanceof PlannedDeal d) {
                deals.add(d);
            }
        }
        return deals;
    }

    List<RowError> errors(int from, int to) {
        List<RowError> errors = new ArrayList<>();
        for (Object o : outcomes.subList(from, to)) {
            if (o instanceof RowError e) {
                errors.add(e);
            }
        }
        return errors;
    }

    int rows() {
        return outcomes.size();
    }
}
