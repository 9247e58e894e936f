package io.closewright.imports;

import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityFilter;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Writes the deals a viewer may see as CSV: UTF-8, CRLF, a header row, every field of a deal. A text
 * that a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return) is written with a leading apostrophe, so opening the export never
 * executes anything ({@code =cmd|...} stays text).
 */
@Component
class DealExport {

    static final List<String> HEADER = List.of(
            "id",
            "name",
            "account_id",
            "account",
            "owner_id",
            "owner",
            "amount",
            "currency",
            "stage",
            "stage_name",
            "probability",
            "close_date",
            "forecast_category",
            "status",
            "close_date_pushes",
            "closed_on",
            "close_reason",
            "created_at",
            "updated_at",
            "last_activity_at",
            "next_activity_at",
            "stale",
            "version");

    private final OpportunityManagement opportunities;

    DealExport(OpportunityManagement opportunities) {
        this.opportunities = opportunities;
    }

    void write(Viewer viewer, OpportunityFilter filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(HEADER);
        try {
            opportunities.forEach(viewer, filter, deal -> print(csv, deal));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private static void print(CSVPrinter csv, OpportunityView d) {
        List<Object> values = new ArrayList<>(HEADER.size());
        values.add(d.id());
        values.add(safe(d.name()));
        values.add(d.accountId());
        values.add(safe(d.accountName()));
        values.add(d.ownerId());
        values.add(safe(d.ownerName()));
        values.add(d.amount().toPlainString());
        values.add(d.currency());
        values.add(safe(d.stage()));
        values.add(safe(d.stageName()));
        values.add(d.probability());
        values.add(d.closeDate());
        values.add(d.forecastCategory().name());
        values.add(d.status().name());
        values.add(d.closeDatePushes());
        values.add(text(d.closedOn()));
        values.add(safe(d.closeReason()));
        values.add(text(d.createdAt()));
        values.add(text(d.updatedAt()));
        values.add(text(d.lastActivityAt()));
        values.add(text(d.nextActivityAt()));
        values.add(d.stale());
        values.add(d.version());
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The text as a spreadsheet will show it, never as a formula it would run. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
