package io.closewright.imports;

import io.closewright.identity.Viewer;
import io.closewright.opportunity.ImportedOpportunity;
import io.closewright.opportunity.OpportunityImports;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one batch of an import in one transaction: its accounts, their contacts, new deals (one JDBC batch insert),
 * changed deals (one batch update), the source records that make the import idempotent, its bad rows,
 * and the job's progress. If the job moved on meanwhile (another worker wrote this batch) the whole
 * batch rolls back.
 */
@Component
class ImportBatches {

    private final ImportRecords records;
    private final ImportAccounts accounts;
    private final ImportContacts contacts;
    private final OpportunityImports opportunities;
    private final ImportJobProgress progress;
    private final ImportSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    ImportBatches(
            ImportRecords records,
            ImportAccounts accounts,
            ImportContacts contacts,
            OpportunityImports opportunities,
            ImportJobProgress progress,
            ImportSettings settings,
            TransactionTemplate tx,
            Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.progress = progress;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    /** Another worker wrote the batch first. */
    static final class LostRace extends RuntimeException {
        LostRace() {
            super("another worker wrote this batch", null, false, false);
        }
    }

    void write(ImportJobs.Job job, Viewer importer, ParsedImport parsed, Map<String, Long> owners, int from, int to) {
        tx.executeWithoutResult(status -> {
            Instant now = clock.instant();
            List<RowError> errors = new ArrayList<>(parsed.errors(from, to));
            List<PlannedDeal> deals = new ArrayList<>();
            for (PlannedDeal d : parsed.deals(from, to)) {
                if (owners.containsKey(d.owner())) {
                    deals.add(d);
                } else {
                    errors.add(new RowError(
                            d.source().line(),
                            "owner '" + ImportedValues.shorten(d.owner()) + "' is not mapped to a user"));
                }
            }
            Map<String, ImportRecords.Known> known = records.known(
                    job.workspaceId(),
                    job.source(),
                    ImportRecords.OPPORTUNITY,
                    deals.stream().map(d -> d.source().externalId()).toList());
            Map<String, Long> accountIds = accounts.ids(importer, job.source(), deals);
            contacts.write(job.workspaceId(), job.source(), ImportContacts.of(deals), accountIds, now);
            List<ImportedOpportunity> inserts = new ArrayList<>();
            List<PlannedDeal> inserted = new ArrayList<>();
            List<ImportedOpportunity> updates = new ArrayList<>();
            List<ImportRecords.Entry> remembered = new ArrayList<>();
            for (PlannedDeal d : deals) {
                ImportRecords.Known k = known.get(d.source().externalId());
                if (k == null) {
                    inserts.add(opportunity(d, null, accountIds, owners, now));
                    inserted.add(d);
                } else if (!k.fingerprint().equals(d.fingerprint())) {
                    updates.add(opportunity(d, k.recordId(), accountIds, owners, now));
                    remembered.add(
                            new ImportRecords.Entry(d.source().externalId(), k.recordId(), d.fingerprint(), false));
                }
            }
            List<Long> ids = opportunities.insert(job.workspaceId(), inserts, now);
            for (int i = 0; i < ids.size(); i++) {
                PlannedDeal d = inserted.get(i);
                remembered.add(new ImportRecords.Entry(d.source().externalId(), ids.get(i), d.fingerprint(), true));
            }
            opportunities.update(job.workspaceId(), updates, now);
            records.remember(job.workspaceId(), job.source(), ImportRecords.OPPORTUNITY, remembered);
            progress.saveErrors(job.id(), errors);
            int skipped = (to - from) - inserts.size() - updates.size();
            if (!progress.advance(
                    job.id(),
                    from,
                    to,
                    inserts.size(),
                    updates.size(),
                    skipped,
                    errors.size(),
                    now.plus(settings.lease()))) {
                throw new LostRace();
            }
        });
    }

    private static ImportedOpportunity opportunity(
            PlannedDeal d, Long id, Map<String, Long> accountIds, Map<String, Long> owners, Instant now) {
        SourceDeal s = d.source();
        Instant created = s.createdDate() == null
                ? now
                : s.createdDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        return new ImportedOpportunity(
                id,
                s.name(),
                accountIds.get(s.account()),
                owners.get(d.owner()),
                d.amount(),
                d.currency(),
                d.stage(),
                d.closeDate(),
                d.category(),
                d.status(),
                d.closedOn(),
                created.isAfter(now) ? now : created);
    }
}
