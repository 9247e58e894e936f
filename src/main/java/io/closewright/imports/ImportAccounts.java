package io.closewright.imports;

import io.closewright.account.AccountImports;
import io.closewright.identity.Viewer;
import java.time.Clock;
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
 * owned by the importing admin. Looks them up in sets and creates the missing ones in one JDBC batch.
 */
@Component
class ImportAccounts {

    private final AccountImports accounts;
    private final ImportRecords records;
    private final JdbcClient jdbc;
    private final Clock clock;

    ImportAccounts(AccountImports accounts, ImportRecords records, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.records = records;
        this.jdbc = jdbc;
        this.clock = clock;
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
        Map<String, String> missing = new LinkedHashMap<>();
        keys.forEach((key, name) -> {
            ImportRecords.Known k = known.get(key);
            Long id = k != null ? Long.valueOf(k.recordId()) : existing.get(name.toLowerCase(Locale.ROOT));
            if (id == null) {
                missing.put(key, name);
                return;
            }
            if (k == null) {
                remembered.add(new ImportRecords.Entry(key, id, "", true));
            }
            ids.put(name, id);
        });
        List<String> names = List.copyOf(missing.values());
        List<Long> created = accounts.insertAccounts(
                importer.workspaceId(),
                importer.userId(),
                names.stream()
                        .map(n -> new AccountImports.ImportedAccount(n, industry(industries.get(n))))
                        .toList(),
                clock.instant());
        List<String> createdKeys = List.copyOf(missing.keySet());
        for (int i = 0; i < created.size(); i++) {
            remembered.add(new ImportRecords.Entry(createdKeys.get(i), created.get(i), "", true));
            ids.put(names.get(i), created.get(i));
        }
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
