package io.closewright.shared.web;

import io.closewright.shared.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How pages show money and dates: money in its currency with thousands separators ({@code $12,500}),
 * dates as {@code Tue 8 Dec} (with the year when it is not this year) and distances from today as
 * {@code in 3 days}, {@code today} or {@code 2 days overdue}. Today is given, never read from a clock.
 */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ENGLISH);

    /** Currency formatters by "code/fraction digits"; only cloned, never used directly. */
    private static final Map<String, NumberFormat> CURRENCY_FORMATS = new ConcurrentHashMap<>();

    /** Bounds the cache whatever codes the data holds (an unknown code formats as USD, uncached past this). */
    private static final int MAX_CACHED_FORMATS = 256;

    private final String currency;
    private final LocalDate today;
    private final ZoneId zone;
    private final BusinessCalendar calendar;

    public Formats(String currency, LocalDate today, ZoneId zone) {
        this(currency, today, zone, null);
    }

    /** Formats that count future dates in the workspace's working days ({@code in 3 working days}). */
    public Formats(String currency, LocalDate today, ZoneId zone, BusinessCalendar calendar) {
        this.currency = currency;
        this.today = today;
        this.zone = zone;
        this.calendar = calendar;
    }

    public LocalDate today() {
        return today;
    }

    /** The amount in the workspace currency. */
    public String money(BigDecimal amount) {
        return money(amount, currency);
    }

    /** {@code $12,500} or {@code €12,500.50}: cents only when there are any; empty for no amount. */
    public String money(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return "";
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        NumberFormat format = currencyFormat(currencyCode == null ? currency : currencyCode, whole);
        return format.format(amount);
    }

    /**
     * A fresh formatter (NumberFormat is not thread-safe) cloned from a prototype built once per currency
     * and precision: building one from the locale costs far more than formatting, and a focus list
     * formats thousands of amounts.
     */
    private static NumberFormat currencyFormat(String currencyCode, boolean whole) {
        String key = currencyCode + (whole ? "/0" : "/2");
        NumberFormat prototype = CURRENCY_FORMATS.get(key);
        if (prototype == null) {
            prototype = newCurrencyFormat(currencyCode, whole);
            if (CURRENCY_FORMATS.size() < MAX_CACHED_FORMATS) {
                CURRENCY_FORMATS.putIfAbsent(key, prototype);
            }
        }
        return (NumberFormat) prototype.clone();
    }

    private static NumberFormat newCurrencyFormat(String currencyCode, boolean whole) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        try {
            format.setCurrency(Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException | NullPointerException e) {
            format.setCurrency(Currency.getInstance("USD"));
        }
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** A compact amount for tight places: {@code $1.2M}, {@code $12.5K}, {@code $950}. */
    public String shortMoney(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return "";
        }
        BigDecimal abs = amount.abs();
        if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            return scaled(amount, 1_000_000, "M", currencyCode);
        }
        if (abs.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return scaled(amount, 1_000, "K", currencyCode);
        }
        return money(amount.setScale(0, RoundingMode.HALF_UP), currencyCode);
    }

    public String shortMoney(BigDecimal amount) {
        return shortMoney(amount, currency);
    }

    private String scaled(BigDecimal amount, int divisor, String suffix, String currencyCode) {
        BigDecimal value = amount.divide(BigDecimal.valueOf(divisor), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return money(value.scale() < 0 ? value.setScale(0) : value, currencyCode) + suffix;
    }

    /** The amount as typed into a form: {@code 12500} or {@code 12500.5}. */
    public static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    /** {@code Tue 8 Dec}, or {@code Tue 8 Dec 2027} outside the current year; empty for no date. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return (date.getYear() == today.getYear() ? DAY : DAY_YEAR).format(date);
    }

    /** A moment as {@code Tue 8 Dec, 14:05} in the workspace time zone. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(zone);
        return date(at.toLocalDate()) + ", " + TIME.format(at);
    }

    /**
     * {@code today}, {@code tomorrow}, {@code in 3 working days} (or {@code in 3 days} without a calendar),
     * {@code yesterday} or {@code 2 days ago}.
     */
    public String relative(LocalDate date) {
        if (date == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days == -1) {
            return "yesterday";
        }
        if (days > 0 && calendar != null) {
            long working = calendar.workingDaysBetween(today, date);
            return "in " + working + (working == 1 ? " working day" : " working days");
        }
        return days > 0 ? "in " + days + " days" : -days + " days ago";
    }

    /** Like {@link #relative} for a deadline: a past date reads {@code 1 day overdue}, {@code 2 days overdue}. */
    public String due(LocalDate date) {
        if (date == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, date);
        if (days < 0) {
            return -days + (days == -1 ? " day overdue" : " days overdue");
        }
        return relative(date);
    }

    /** {@link #relative} of the day a moment falls on, in the workspace time zone; {@code never} for none. */
    public String relative(Instant instant) {
        return instant == null ? "never" : relative(instant.atZone(zone).toLocalDate());
    }

    /** A moment as a {@code datetime-local} input shows it: {@code 2026-12-08T14:05}, in the workspace time zone. */
    public String dateTimeInput(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(zone).toLocalDateTime());
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isPast(LocalDate date) {
        return date != null && date.isBefore(today);
    }

    /** Whether the date is within the next {@code days} days (today included). */
    public boolean isWithin(LocalDate date, int days) {
        return date != null && !date.isBefore(today) && !date.isAfter(today.plusDays(days));
    }

    /** {@code JS} for "Jane Smith", {@code J} for "Jane". */
    public static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String[] words = name.trim().split("\\s+");
        String first = words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }

    /** {@code Economic buyer} for {@code ECONOMIC_BUYER}. */
    public static String label(String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
