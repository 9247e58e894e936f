package io.closewright.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The JSON the pages' charts are drawn from (static/js/forecast.js), kept in data attributes. */
final class ForecastCharts {

    private ForecastCharts() {}

    static String band(ForecastView f) {
        return "{\"p10\":" + num(f.expected().p10()) + ",\"p50\":"
                + num(f.expected().p50()) + ",\"p90\":"
                + num(f.expected().p90()) + ",\"mean\":" + num(f.expected().mean()) + ",\"closedWon\":"
                + num(f.figures().closedWon()) + ",\"commit\":"
                + num(f.figures().closedWon().add(f.figures().commit())) + ",\"call\":"
                + (f.call() == null ? "null" : num(f.call().amount())) + ",\"quota\":"
                + (f.quota() == null ? "null" : num(f.quota())) + "}";
    }

    static String accuracy(AccuracyView.PersonAccuracy p) {
        return "{\"periods\":"
                + strings(p.points().stream()
                        .map(AccuracyView.PeriodPoint::period)
                        .toList())
                + ",\"actual\":"
                + nums(p.points().stream().map(AccuracyView.PeriodPoint::actual).toList())
                + ",\"call\":"
                + nums(p.points().stream().map(AccuracyView.PeriodPoint::call).toList())
                + ",\"weighted\":"
                + nums(p.points().stream()
                        .map(AccuracyView.PeriodPoint::weighted)
                        .toList())
                + ",\"expected\":"
                + nums(p.points().stream()
                        .map(AccuracyView.PeriodPoint::expected)
                        .toList()) + "}";
    }

    static String text(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String strings(List<String> values) {
        return values.stream().map(ForecastCharts::text).collect(Collectors.joining(",", "[", "]"));
    }

    private static String nums(List<BigDecimal> values) {
        return values.stream().map(v -> v == null ? "null" : num(v)).collect(Collectors.joining(",", "[", "]"));
    }

    static String num(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
