package io.closewright.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns an analysis into its dry run: rows that would be created (never imported from this source),
 * updated (imported before with other values) or skipped (unchanged, or bad), the first bad rows, the
 * contacts that would be added to their accounts or overwritten, the mappings and the notes on what
 * was assumed.
 */
@Component
class ImportPreviews {

    private final ImportRecords records;
    private final ImportContacts contacts;

    ImportPreviews(ImportRecords records, ImportContacts contacts) {
        this.records = records;
        this.contacts = contacts;
    }

    ImportPreview of(ImportAnalysis a) {
        ParsedImport parsed = a.parsed();
        List<PlannedDeal> deals = parsed.deals(0, parsed.rows());
        List<RowError> errors = parsed.errors(0, parsed.rows());
        Map<String, ImportRecords.Known> known = records.known(
                a.workspaceId(),
                a.request().sourceName(),
                ImportRecords.OPPORTUNITY,
                deals.stream().map(d -> d.source().externalId()).toList());
        int created = 0;
        int updated = 0;
        for (PlannedDeal d : deals) {
            ImportRecords.Known k = known.get(d.source().externalId());
            if (k == null) {
                created++;
            } else if (!k.fingerprint().equals(d.fingerprint())) {
                updated++;
            }
        }
        ImportContacts.Counts people =
                contacts.count(a.workspaceId(), a.request().sourceName(), ImportContacts.of(deals));
        return new ImportPreview(
                a.request().preset().key(),
                a.request().sourceName(),
                parsed.rows(),
                created,
                updated,
                parsed.rows() - created - updated,
                errors.size(),
                people.created(),
                people.updated(),
                errors.subList(0, Math.min(errors.size(), ImportJobViews.SHOWN_ERRORS)),
                parsed.table().charset().name(),
                delimiter(parsed.table().delimiter()),
                parsed.table().headers().stream().limit(200).toList(),
                columns(parsed.columns(), a.request().preset()),
                a.stages(),
                a.owners(),
                notes(a, deals));
    }

    private static List<ImportPreview.ColumnChoice> columns(ColumnMapping mapping, Preset preset) {
        List<ImportPreview.ColumnChoice> columns = new ArrayList<>();
        for (DealField f : DealField.values()) {
            boolean required = f.required || (f == DealField.NAME && !preset.namesFromProduct());
            columns.add(new ImportPreview.ColumnChoice(f.parameter(), f.label, required, mapping.header(f)));
        }
        return columns;
    }

    private static List<String> notes(ImportAnalysis a, List<PlannedDeal> deals) {
        List<String> notes = new ArrayList<>();
        if (a.request().preset() == Preset.MAVEN) {
            notes.add(
                    a.parsed().companions().hasPrices()
                            ? "Deals without a close value (open and lost deals) are priced at their product's list price from the products file."
                            : "Open and lost deals have no amount in this file and come in at 0: add products.csv to price them from its list prices.");
        }
        long dated = deals.stream().filter(d -> d.source().closeDate() == null).count();
        if (dated > 0) {
            notes.add(dated + " open deals have no close date: each is expected to close " + a.cycleDays()
                    + " days after it was created or engaged (or after today when the file has no such date).");
        }
        long created =
                a.owners().stream().filter(ImportPreview.OwnerChoice::create).count();
        if (created > 0) {
            notes.add(
                    created
                            + " owners are not users yet and will be created as reps (their managers from the teams file as managers); they sign in once you give them an email and a password under Admin → Users.");
        }
        return notes;
    }

    private static String delimiter(char d) {
        return switch (d) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "pipe";
        };
    }
}
