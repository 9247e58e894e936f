package io.closewright.imports;

import io.closewright.account.AccountDetails;
import io.closewright.account.AccountManagement;
import io.closewright.identity.Viewer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds or creates the accounts of a batch: one imported before from the same source, else an account
 * of the same name already in the workspace (so moving in does not duplicate accounts), else a new one
 * owned by the importing admin. Looks them up in sets, not one by one.
 */
@Component
class ImportAccounts {

    private final AccountManagement accounts;
    private final ImportRecords records;
    private final JdbcClient jdbc;

    ImportAccounts(AccountManagement accounts, ImportRecords records, JdbcClient jdbc) {
        this.accounts = accounts;
        this.records = records;
        this.jdbc = jdbc;
    }

    /** Account ids by account name for every deal given, creating the missing accounts. */
    Map<String, Long> ids(Viewer importer, String source, List<PlannedDeal> deals) {
        Map<String, String> industries = new LinkedHashMap<>();
        deals.forEach(
                d -> industries.putIfAbsent(d.source().account(), d.source().industry()));
        Map<String, String> keys = new LinkedHashMap<>();
        industries
                .keySet()
                .forEach(name -> keys.put(Companions.key(name).isEmpty() ? name : Companions.key(name), name));
        Map<String, ImportRecords.Known> known =
                records.known(importer.workspaceId(), source, ImportRecords.ACCOUNT, List.copyOf(keys.keySet()));
        Map<String, Long> ids = new HashMap<>();
        List<ImportRecords.Entry> remembered = new ArrayList<>();
        Map<String, Long> existing = existing(importer.workspaceId(), industries.keySet());
        keys.forEach((key, name) -> {
            ImportRecords.Known k = known.get(key);
            Long id = k != null ? Long.valueOf(k.recordId()) : existing.get(name.toLowerCase(Locale.ROOT));
            if (id == null) {
                id = accounts.create(importer, new AccountDetails(name, null, industry(industries.get(name)), null))
                        .id();
            }
            if (k == null) {
                remembered.add(new ImportRecords.Entry(key, id, "", true));
            }
            ids.put(name, id);
        });
        records.remember(importer.workspaceId(), source, ImportRecords.ACCOUNT, remembered);
        return ids;
    }

    private Map<String, Long> existing(long workspaceId, java.util.Collection<String> names) {
        Map<String, Long> byName = new HashMap<>();
        if (names.isEmpty()) {
            return byName;
        }
        jdbc.sql("SELECT LOWER(name) AS lname, MIN(id) AS id FROM account WHERE workspace_id = :ws"
                        + " AND LOWER(name) IN (:names) GROUP BY LOWER(name)")
                .param("ws", workspaceId)
                .param(
                        "names",
                        names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList())
                .query((rs, n) -> byName.put(rs.getString("lname"), rs.getLong("id")))
                .list();
        return byName;
    }

    private static String industry(String industry) {
        return industry == null || industry.length() > 100 ? null : industry;
    }
}
