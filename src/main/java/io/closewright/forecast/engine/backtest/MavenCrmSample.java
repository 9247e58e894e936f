package io.closewright.forecast.engine.backtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code sales_pipeline.csv} and {@code products.csv} of the Maven Analytics CRM sample (plain
 * comma-separated values, CRLF or LF, ISO dates). The pipeline spells "GTXPro" where the product list
 * says "GTX Pro"; names are compared without spaces.
 */
public final class MavenCrmSample {

    private MavenCrmSample() {}

    public static List<SampleDeal> load(Path dir) throws IOException {
        Map<String, Double> prices = new HashMap<>();
        for (String[] row : rows(dir.resolve("products.csv"))) {
            prices.put(key(row[0]), Double.parseDouble(row[2]));
        }
        List<SampleDeal> deals = new ArrayList<>();
        for (String[] row : rows(dir.resolve("sales_pipeline.csv"))) {
            Double price = prices.get(key(row[2]));
            if (price == null) {
                throw new IOException("Unknown product '" + row[2] + "' in deal " + row[0]);
            }
            deals.add(new SampleDeal(
                    row[0],
                    row[1],
                    row[2],
                    row[4],
                    date(row, 5),
                    date(row, 6),
                    row.length > 7 && !row[7].isBlank() ? Double.parseDouble(row[7]) : 0,
                    price));
        }
        return deals;
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String trimmed = line.replace("\r", "");
            if (!trimmed.isBlank()) {
                rows.add(trimmed.split(",", -1));
            }
        }
        return rows;
    }

    private static LocalDate date(String[] row, int column) {
        return row.length > column && !row[column].isBlank() ? LocalDate.parse(row[column]) : null;
    }

    private static String key(String product) {
        return product.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }
}
