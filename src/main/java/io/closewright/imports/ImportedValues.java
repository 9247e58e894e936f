package io.closewright.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates, amounts and flags as CRM exports write them: ISO dates ({@code 2017-03-01}), US
 * spreadsheet dates ({@code 3/1/2017}), date-times ({@code 2018-08-22 00:00:00} or ISO with a zone);
 * amounts with an optional currency sign and thousands separators ({@code $1,234.50}). An empty value
 * is empty; a value that is not understood is an error (the caller names the row).
 */
final class ImportedValues {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ISO_TIME =
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern US =
            Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})( \\d{1,2}:\\d{2}(:\\d{2})?( ?[AaPp][Mm])?)?");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,3}(,\\d{3})*(\\.\\d+)?|-?\\d+(\\.\\d+)?");

    private static final Pattern SIGNS = Pattern.compile("^[$€£¥]|\\s");
    private static final Pattern CODES = Pattern.compile("(?i)^(USD|EUR|GBP)");

    private ImportedValues() {}

    /** A value that could not be read, with the reason for the row's error. */
    static final class BadValue extends Exception {
        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    static Optional<LocalDate> date(String raw, String what) throws BadValue {
        String v = raw.trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = ISO.matcher(v);
            if (m.matches() || (m = ISO_TIME.matcher(v)).matches()) {
                return Optional.of(ymd(m.group(1), m.group(2), m.group(3)));
            }
            m = US.matcher(v);
            if (m.matches()) {
                return Optional.of(ymd(m.group(3), m.group(1), m.group(2)));
            }
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeException e) {
            throw new BadValue(
                    what + " '" + shorten(v) + "' is not a date (use 2017-03-01, 3/1/2017 or 2017-03-01 00:00:00)");
        }
    }

    private static LocalDate ymd(String y, String m, String d) {
        return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    }

    static Optional<BigDecimal> amount(String raw) throws BadValue {
        String v = CODES.matcher(SIGNS.matcher(raw.trim()).replaceAll("")).replaceAll("");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!AMOUNT.matcher(v).matches()) {
            throw new BadValue("amount '" + shorten(raw.trim()) + "' is not a number");
        }
        BigDecimal amount = new BigDecimal(v.replace(",", ""));
        if (amount.signum() < 0) {
            throw new BadValue("amount " + amount.toPlainString() + " is negative");
        }
        if (amount.compareTo(new BigDecimal("9999999999999")) > 0) {
            throw new BadValue("amount " + amount.toPlainString() + " is too large");
        }
        return Optional.of(amount.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** Salesforce-style flags: 1/0, true/false, yes/no; empty is false. */
    static boolean flag(String raw) {
        String v = raw.trim().toLowerCase(Locale.ROOT);
        return v.equals("1") || v.equals("true") || v.equals("yes") || v.equals("y");
    }

    static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
