package io.closewright.forecast.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The back-test on the real Maven CRM sample in {@code ../shared/data} (read from there, never copied):
 * April to December 2017. Fails if the calibrated model stops beating the naive baseline.
 */
class MavenBackTestTests {

    static final Path SAMPLE = Path.of("..", "shared", "data", "maven-crm-sales-opportunities");

    @Test
    void readsTheWholeSample() throws Exception {
        List<SampleDeal> deals = MavenCrmSample.load(SAMPLE);
        assertThat(deals).hasSize(8800);
        assertThat(deals.stream()
                        .filter(SampleDeal::won)
                        .mapToDouble(SampleDeal::value)
                        .sum())
                .isEqualTo(10_005_534);
        assertThat(deals.stream().filter(d -> d.product().equals("GTXPro")).allMatch(d -> d.price() == 4821))
                .isTrue();
    }

    @Test
    void theCalibratedModelBeatsTheNaiveBaseline() throws Exception {
        BackTest.Result r =
                new BackTest(MavenCrmSample.load(SAMPLE)).run(YearMonth.of(2017, 4), YearMonth.of(2017, 12), 2017L);
        assertThat(r.months()).hasSize(9);
        assertThat(r.months().get(0).actual()).isPositive();
        assertThat(r.calibrated().mape()).isLessThan(r.naive().mape());
        assertThat(r.calibrated().wape()).isLessThan(r.naive().wape());
        assertThat(r.calibrated().mape()).isLessThan(r.weighted().mape());
        System.out.println(BackTestTable.markdown(r));
    }
}
