package io.closewright.forecast.engine.backtest;

import io.closewright.forecast.engine.AccuracyScore;
import java.util.Locale;

/** The back-test's result as the Markdown table that goes to {@code bench/RESULTS.md}. */
public final class BackTestTable {

    private BackTestTable() {}

    public static String markdown(BackTest.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(
                "| month | open deals at start | actual won | (a) last month | (b) win-rate weighted | (c) calibrated | (c) p10 to p90 |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (BackTest.Month m : r.months()) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f to %,.0f |%n",
                    m.month(),
                    m.openDeals(),
                    m.actual(),
                    m.naive(),
                    m.weighted(),
                    m.calibrated(),
                    m.p10(),
                    m.p90()));
        }
        b.append("\n| method | MAPE | WAPE | bias |\n| --- | ---: | ---: | ---: |\n");
        row(b, "(a) last month's bookings", r.naive());
        row(b, "(b) win-rate-weighted pipeline", r.weighted());
        row(b, "(c) Closewright calibrated", r.calibrated());
        return b.toString();
    }

    private static void row(StringBuilder b, String name, AccuracyScore s) {
        b.append(String.format(
                Locale.ROOT,
                "| %s | %.1f%% | %.1f%% | %+.1f%% |%n",
                name,
                s.mape() * 100,
                s.wape() * 100,
                s.bias() * 100));
    }
}
