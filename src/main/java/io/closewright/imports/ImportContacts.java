package io.closewright.imports;

import io.closewright.account.AccountImports;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts the contacts an import's rows name onto their accounts: upserted by (source, account, contact
 * key) like the deals, so the same file again adds nothing and a contact whose name or email changed is
 * overwritten, never duplicated. Looked up in sets and written in JDBC batches.
 */
@Component
class ImportContacts {

    private final ImportRecords records;
    private final AccountImports accounts;

    ImportContacts(ImportRecords records, AccountImports accounts) {
        this.records = records;
        this.accounts = accounts;
    }

    /** How many contacts an import would create and how many it would overwrite. */
    record Counts(int created, int updated) {}

    /**
     * One contact of an account as an import names it, keyed for {@code import_record} by the SHA-256
     * of the account's and the contact's keys (an email and an account name would not fit the column).
     */
    record Named(String key, String account, SourceContact contact) {}

    /** Every distinct contact the deals name, in file order, with its record key. */
    static List<Named> of(List<PlannedDeal> deals) {
        Map<String, Named> named = new LinkedHashMap<>();
        for (PlannedDeal d : deals) {
            String account = d.source().account();
            for (SourceContact c : d.source().contacts()) {
                String key = ImportPlanner.fingerprint(accountKey(account), c.key());
                named.putIfAbsent(key, new Named(key, account, c));
            }
        }
        return List.copyOf(named.values());
    }

    /** What writing these contacts would do, without writing. */
    Counts count(long workspaceId, String source, List<Named> contacts) {
        Map<String, ImportRecords.Known> known = known(workspaceId, source, contacts);
        int created = 0;
        int updated = 0;
        for (Named n : contacts) {
            ImportRecords.Known k = known.get(n.key());
            if (k == null) {
                created++;
            } else if (!k.fingerprint().equals(n.contact().fingerprint())) {
                updated++;
            }
        }
        return new Counts(created, updated);
    }

    /** Creates and overwrites the contacts inside the caller's transaction; {@code accountIds} by account name. */
    Counts write(long workspaceId, String source, List<Named> contacts, Map<String, Long> accountIds, Instant now) {
        Map<String, ImportRecords.Known> known = known(workspaceId, source, contacts);
        List<AccountImports.ImportedContact> inserts = new ArrayList<>();
        List<String> insertedKeys = new ArrayList<>();
        List<AccountImports.ImportedContact> updates = new ArrayList<>();
        List<ImportRecords.Entry> remembered = new ArrayList<>();
        for (Named n : contacts) {
            ImportRecords.Known k = known.get(n.key());
            String fingerprint = n.contact().fingerprint();
            long accountId = accountIds.get(n.account());
            if (k == null) {
                inserts.add(new AccountImports.ImportedContact(
                        null, accountId, n.contact().name(), n.contact().email()));
                insertedKeys.add(n.key());
            } else if (!k.fingerprint().equals(fingerprint)) {
                updates.add(new AccountImports.ImportedContact(
                        k.recordId(), accountId, n.contact().name(), n.contact().email()));
                remembered.add(new ImportRecords.Entry(n.key(), k.recordId(), fingerprint, false));
            }
        }
        List<Long> ids = accounts.insertContacts(workspaceId, inserts, now);
        for (int i = 0; i < ids.size(); i++) {
            remembered.add(
                    new ImportRecords.Entry(insertedKeys.get(i), ids.get(i), fingerprintOf(inserts.get(i)), true));
        }
        accounts.updateContacts(workspaceId, updates);
        records.remember(workspaceId, source, ImportRecords.CONTACT, remembered);
        return new Counts(inserts.size(), updates.size());
    }

    private static String fingerprintOf(AccountImports.ImportedContact c) {
        return new SourceContact(c.name(), c.email()).fingerprint();
    }

    private Map<String, ImportRecords.Known> known(long workspaceId, String source, List<Named> contacts) {
        return records.known(
                workspaceId,
                source,
                ImportRecords.CONTACT,
                contacts.stream().map(Named::key).toList());
    }

    private static String accountKey(String account) {
        return Companions.key(account).isEmpty() ? account : Companions.key(account);
    }
}
