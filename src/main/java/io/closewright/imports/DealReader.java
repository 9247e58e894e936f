package io.closewright.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rows of a file into {@link SourceDeal}s, or an error naming the row and the reason: a
 * missing id, a duplicate id, a date or amount that cannot be read, a name that is empty or too long.
 * Names missing from a Maven-style file are made from the product and the account.
 */
final class DealReader {

    static final String NO_ACCOUNT = "(No account)";

    private final Preset preset;
    private final ColumnMapping columns;
    private final Companions companions;

    DealReader(Preset preset, ColumnMapping columns, Companions companions) {
        this.preset = preset;
        this.columns = columns;
        this.companions = companions;
    }

    /**
     * One outcome per row, in file order: the {@link SourceDeal} it reads as, or the {@link RowError}
     * that keeps it out.
     */
    List<Object> read(List<CsvTable.Row> rows) {
        List<Object> outcomes = new ArrayList<>(rows.size());
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : rows) {
            try {
                SourceDeal deal = deal(row);
                Integer first = seen.putIfAbsent(deal.externalId(), row.line());
                outcomes.add(
                        first == null
                                ? deal
                                : new RowError(
                                        row.line(),
                                        "duplicate id '" + ImportedValues.shorten(deal.externalId())
                                                + "' (first on line " + first + ")"));
            } catch (ImportedValues.BadValue e) {
                outcomes.add(new RowError(row.line(), e.getMessage()));
            }
        }
        return outcomes;
    }

    private SourceDeal deal(CsvTable.Row row) throws ImportedValues.BadValue {
        String id = value(row, DealField.EXTERNAL_ID);
        if (id.isEmpty()) {
            throw new ImportedValues.BadValue("has no id in column " + columns.header(DealField.EXTERNAL_ID));
        }
        if (id.length() > 200) {
            throw new ImportedValues.BadValue("id is longer than 200 characters");
        }
        String stage = value(row, DealField.STAGE);
        if (stage.isEmpty()) {
            throw new ImportedValues.BadValue("has no stage");
        }
        String rawAccount = value(row, DealField.ACCOUNT);
        Companions.AccountInfo account = companions
                .account(rawAccount)
                .orElse(new Companions.AccountInfo(rawAccount.isEmpty() ? NO_ACCOUNT : rawAccount, null));
        String product = value(row, DealField.PRODUCT);
        BigDecimal amount = ImportedValues.amount(value(row, DealField.AMOUNT)).orElse(null);
        if ((amount == null || amount.signum() == 0) && !product.isEmpty()) {
            amount = companions.price(product).orElse(amount);
        }
        return new SourceDeal(
                row.line(),
                id,
                name(row, product, account.name()),
                limit(account.name(), 200, "account name"),
                account.industry(),
                value(row, DealField.OWNER),
                limit(stage, 200, "stage"),
                amount,
                ImportedValues.date(value(row, DealField.CLOSE_DATE), "close date")
                        .orElse(null),
                ImportedValues.date(value(row, DealField.CREATED_DATE), "created date")
                        .orElse(null),
                currency(row),
                won(row),
                ContactCells.read(value(row, DealField.CONTACT), value(row, DealField.CONTACT_EMAIL)));
    }

    private String name(CsvTable.Row row, String product, String account) throws ImportedValues.BadValue {
        String name = value(row, DealField.NAME);
        if (name.isEmpty() && preset.namesFromProduct() && !product.isEmpty()) {
            name = product + " for " + account;
        }
        if (name.isEmpty()) {
            throw new ImportedValues.BadValue("has no deal name");
        }
        return limit(name, 200, "deal name");
    }

    private String currency(CsvTable.Row row) throws ImportedValues.BadValue {
        String c = value(row, DealField.CURRENCY).toUpperCase(Locale.ROOT);
        if (c.isEmpty()) {
            return null;
        }
        if (!c.matches("[A-Z]{3}")) {
            throw new ImportedValues.BadValue("currency '" + ImportedValues.shorten(c) + "' is not a 3-letter code");
        }
        return c;
    }

    private Boolean won(CsvTable.Row row) {
        if (columns.has(DealField.STATUS)) {
            String s = value(row, DealField.STATUS).toLowerCase(Locale.ROOT);
            return s.equals("won") ? Boolean.TRUE : s.equals("lost") ? Boolean.FALSE : null;
        }
        if (columns.has(DealField.IS_CLOSED) && ImportedValues.flag(value(row, DealField.IS_CLOSED))) {
            return ImportedValues.flag(value(row, DealField.IS_WON));
        }
        return null;
    }

    private String value(CsvTable.Row row, DealField field) {
        return row.value(columns.column(field));
    }

    private static String limit(String value, int max, String what) throws ImportedValues.BadValue {
        if (value.length() > max) {
            throw new ImportedValues.BadValue(what + " is longer than " + max + " characters");
        }
        return value;
    }
}
