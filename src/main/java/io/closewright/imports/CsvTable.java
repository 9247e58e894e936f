package io.closewright.imports;

import io.closewright.shared.RuleViolationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A parsed CSV file: its header and its data rows, each with the file line it starts on. Reads RFC 4180
 * (quoted fields with delimiters, quotes and line breaks inside, CRLF or LF) with the delimiter detected
 * from the header line: comma, semicolon, tab or pipe.
 */
record CsvTable(List<String> headers, List<Row> rows, char delimiter, Charset charset) {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    /** One data row: {@code line} is the file line it starts on (the header is line 1). */
    record Row(int line, List<String> values) {

        String value(int column) {
            return column < 0 || column >= values.size()
                    ? ""
                    : values.get(column).trim();
        }
    }

    static CsvTable parse(byte[] bytes, String field, int maxRows) {
        CsvText.Decoded decoded = CsvText.decode(bytes, field);
        String text = decoded.text();
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = null;
            List<Row> rows = new ArrayList<>();
            long lastLine = 0;
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                int breaks = breaks(values);
                long end = Math.max(parser.getCurrentLineNumber(), lastLine + 1 + breaks);
                int line = (int) (end - breaks);
                lastLine = end;
                if (headers == null) {
                    headers = values.stream().map(CsvTable::header).toList();
                } else if (!isEmpty(values)) {
                    if (rows.size() >= maxRows) {
                        throw new RuleViolationException(
                                field, "the file has more than " + maxRows + " rows; split it into smaller files");
                    }
                    rows.add(new Row(line, values));
                }
            }
            if (headers == null) {
                throw new RuleViolationException(field, "the file is empty");
            }
            return new CsvTable(headers, rows, delimiter, decoded.charset());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RuleViolationException(field, "the file is not valid CSV: " + reason(e));
        }
    }

    /** The column whose header is one of {@code names} (case and spacing ignored), or -1. */
    int column(List<String> names) {
        for (String name : names) {
            String wanted = normal(name);
            for (int i = 0; i < headers.size(); i++) {
                if (normal(headers.get(i)).equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static String normal(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }

    private static String header(String raw) {
        return raw.replace("\uFEFF", "").trim();
    }

    /** Line breaks inside the quoted values of a record: the lines it spans beyond its first. */
    private static int breaks(List<String> values) {
        int breaks = 0;
        for (String v : values) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == v.length() || v.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    private static boolean isEmpty(List<String> values) {
        return values.stream().allMatch(String::isBlank);
    }

    /** The candidate that occurs most often outside quotes in the first line; a comma when none does. */
    static char delimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
