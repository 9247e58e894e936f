package io.closewright.bench;

import io.closewright.forecast.engine.backtest.BackTest;
import io.closewright.forecast.engine.backtest.BackTestTable;
import io.closewright.forecast.engine.backtest.MavenCrmSample;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Runs the forecast back-test on the Maven CRM sample (April to December 2017) and prints the Markdown
 * table for RESULTS.md. The sample's folder is the first argument, by default
 * {@code ../../shared/data/maven-crm-sales-opportunities} (run from {@code bench/}).
 */
public final class BackTestMain {

    private BackTestMain() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../../shared/data/maven-crm-sales-opportunities");
        BackTest.Result result = new BackTest(MavenCrmSample.load(dir)).run(YearMonth.of(2017, 4), YearMonth.of(2017, 12), 2017L);
        System.out.print(BackTestTable.markdown(result));
    }
}
