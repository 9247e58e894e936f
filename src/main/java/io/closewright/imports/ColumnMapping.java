package io.closewright.imports;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of the file carries which field: the preset's headers, overridden by the user's choice
 * of a header for any field. Refuses a file that lacks a required column, naming what was looked for
 * and what the file has (a file split by the wrong delimiter shows up here as one long header).
 */
record ColumnMapping(Map<DealField, Integer> columns, List<String> headers) {

    static ColumnMapping resolve(Preset preset, CsvTable table, Map<DealField, String> overrides) {
        Map<DealField, Integer> columns = new EnumMap<>(DealField.class);
        List<FieldProblem> problems = new ArrayList<>();
        Map<DealField, List<String>> known = preset.headers();
        for (DealField field : DealField.values()) {
            String chosen = overrides.get(field);
            int column = chosen != null && !chosen.isBlank()
                    ? table.column(List.of(chosen))
                    : table.column(known.getOrDefault(field, List.of()));
            if (chosen != null && !chosen.isBlank() && column < 0) {
                problems.add(
                        new FieldProblem("column." + field.parameter(), "the file has no column '" + chosen + "'"));
            }
            if (column >= 0) {
                columns.put(field, column);
            }
        }
        requireColumns(preset, table, columns, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return new ColumnMapping(columns, table.headers());
    }

    private static void requireColumns(
            Preset preset, CsvTable table, Map<DealField, Integer> columns, List<FieldProblem> problems) {
        List<DealField> required = new ArrayList<>();
        for (DealField field : DealField.values()) {
            if (field.required) {
                required.add(field);
            }
        }
        if (!preset.namesFromProduct()) {
            required.add(DealField.NAME);
        }
        List<String> missing = new ArrayList<>();
        for (DealField field : required) {
            if (!columns.containsKey(field)) {
                missing.add(field.label + " ("
                        + String.join(" or ", preset.headers().getOrDefault(field, List.of("choose a column"))) + ")");
            }
        }
        if (!missing.isEmpty()) {
            String found = table.headers().size() == 1
                    ? "the file has one column only ('"
                            + ImportedValues.shorten(table.headers().get(0))
                            + "'): is it separated by commas, semicolons, tabs or pipes?"
                    : "the file has the columns "
                            + String.join(
                                    ", ",
                                    table.headers().stream()
                                            .limit(20)
                                            .map(ImportedValues::shorten)
                                            .toList());
            problems.add(
                    new FieldProblem("file", "missing required columns: " + String.join(", ", missing) + "; " + found));
        }
    }

    int column(DealField field) {
        return columns.getOrDefault(field, -1);
    }

    boolean has(DealField field) {
        return columns.containsKey(field);
    }

    String header(DealField field) {
        Integer c = columns.get(field);
        return c == null ? null : headers.get(c);
    }
}
