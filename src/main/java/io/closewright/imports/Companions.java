package io.closewright.imports;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the files that come with an export add to its deals: product prices (Maven {@code products.csv}),
 * the team of each sales agent ({@code sales_teams.csv}) and account names and industries (Maven
 * {@code accounts.csv}, Salesforce {@code Account.csv}). Each is optional; names are matched ignoring
 * case, spaces and punctuation, so "GTXPro" finds "GTX Pro".
 */
final class Companions {

    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

    static final Companions NONE = new Companions(Map.of(), Map.of(), Map.of());

    private final Map<String, BigDecimal> prices;
    private final Map<String, String> managers;
    private final Map<String, AccountInfo> accounts;

    /** An account as the companion file describes it. */
    record AccountInfo(String name, String industry) {}

    private Companions(
            Map<String, BigDecimal> prices, Map<String, String> managers, Map<String, AccountInfo> accounts) {
        this.prices = prices;
        this.managers = managers;
        this.accounts = accounts;
    }

    static Companions of(CsvTable products, CsvTable teams, CsvTable accounts) {
        return new Companions(prices(products), managers(teams), accounts(accounts));
    }

    Optional<BigDecimal> price(String product) {
        return Optional.ofNullable(prices.get(key(product)));
    }

    Optional<String> manager(String agent) {
        return Optional.ofNullable(managers.get(key(agent)));
    }

    Optional<AccountInfo> account(String idOrName) {
        return Optional.ofNullable(accounts.get(key(idOrName)));
    }

    boolean hasPrices() {
        return !prices.isEmpty();
    }

    static String key(String name) {
        return name == null
                ? ""
                : PUNCTUATION.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static Map<String, BigDecimal> prices(CsvTable t) {
        Map<String, BigDecimal> prices = new HashMap<>();
        if (t == null) {
            return prices;
        }
        int product = t.column(List.of("product", "product name", "name"));
        int price = t.column(List.of("sales_price", "price", "list price", "unit price"));
        for (CsvTable.Row row : t.rows()) {
            try {
                ImportedValues.amount(row.value(price)).ifPresent(p -> prices.put(key(row.value(product)), p));
            } catch (ImportedValues.BadValue e) {
                // a product without a readable price prices nothing
            }
        }
        return prices;
    }

    private static Map<String, String> managers(CsvTable t) {
        Map<String, String> managers = new HashMap<>();
        if (t == null) {
            return managers;
        }
        int agent = t.column(List.of("sales_agent", "agent", "user", "owner"));
        int manager = t.column(List.of("manager", "manager name"));
        for (CsvTable.Row row : t.rows()) {
            if (!row.value(agent).isEmpty() && !row.value(manager).isEmpty()) {
                managers.put(key(row.value(agent)), row.value(manager));
            }
        }
        return managers;
    }

    private static Map<String, AccountInfo> accounts(CsvTable t) {
        Map<String, AccountInfo> accounts = new HashMap<>();
        if (t == null) {
            return accounts;
        }
        int id = t.column(List.of("Id"));
        int name = t.column(List.of("Name", "account", "account name"));
        int industry = t.column(List.of("Industry", "sector"));
        for (CsvTable.Row row : t.rows()) {
            AccountInfo info = new AccountInfo(row.value(name), blankToNull(row.value(industry)));
            if (!info.name().isEmpty()) {
                accounts.put(key(info.name()), info);
                if (id >= 0 && !row.value(id).isEmpty()) {
                    accounts.put(key(row.value(id)), info);
                }
            }
        }
        return accounts;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
