package io.closewright.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Periods, category sums, the roll-up through three levels, attainment and accuracy, on hand-computed figures. */
class ForecastFiguresTests {

    static BigDecimal m(String v) {
        return new BigDecimal(v);
    }

    @Test
    void parsesMonthsAndQuartersStrictly() {
        Period q4 = Period.parse("2026-q4").orElseThrow();
        assertThat(q4.key()).isEqualTo("2026-Q4");
        assertThat(q4.start()).hasToString("2026-10-01");
        assertThat(q4.end()).hasToString("2026-12-31");
        assertThat(Period.parse("2026-02").orElseThrow().end()).hasToString("2026-02-28");
        assertThat(q4.previous().key()).isEqualTo("2026-Q3");
        assertThat(Period.parse("2026-01").orElseThrow().previous().key()).isEqualTo("2025-12");
        for (String bad : List.of("2026-13", "2026-Q5", "2026", "26-12", "2026-1", "1999-12", "december", "")) {
            assertThat(Period.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void sumsEachCategoryAndWeightsByStageProbability() {
        CategoryFigures f = CategoryFigures.ZERO
                .withOpen(m("10000"), CategoryFigures.Category.COMMIT, 80)
                .withOpen(m("5000"), CategoryFigures.Category.BEST_CASE, 60)
                .withOpen(m("2500"), CategoryFigures.Category.PIPELINE, 20)
                .withOpen(m("1000"), CategoryFigures.Category.OMITTED, 10)
                .withWon(m("3000"));
        assertThat(f.commit()).isEqualByComparingTo("10000");
        assertThat(f.bestCase()).isEqualByComparingTo("5000");
        assertThat(f.pipeline()).isEqualByComparingTo("2500");
        assertThat(f.closedWon()).isEqualByComparingTo("3000");
        // 8000 + 3000 + 500 + 100
        assertThat(f.weighted()).isEqualByComparingTo("11600");
    }

    @Test
    void rollsUpThroughThreeLevelsWithQuotasAndAttainment() {
        // vp -> lead -> rep1, rep2; vp -> rep3
        List<RollUp.Person> people = List.of(
                new RollUp.Person(1, "Vera VP", null, true),
                new RollUp.Person(2, "Leo Lead", 1L, true),
                new RollUp.Person(3, "Ann Rep", 2L, false),
                new RollUp.Person(4, "Bob Rep", 2L, false),
                new RollUp.Person(5, "Cy Rep", 1L, false));
        Map<Long, CategoryFigures> own = Map.of(
                3L, CategoryFigures.ZERO.withWon(m("4000")).withOpen(m("1000"), CategoryFigures.Category.COMMIT, 50),
                4L, CategoryFigures.ZERO.withWon(m("1000")),
                5L, CategoryFigures.ZERO.withOpen(m("2000"), CategoryFigures.Category.PIPELINE, 20));
        Map<Long, BigDecimal> quotas = Map.of(3L, m("10000"), 4L, m("10000"), 5L, m("5000"));
        List<RollUp.Row> rows = RollUp.of(people, own, quotas, 1);
        assertThat(rows)
                .extracting(RollUp.Row::name)
                .containsExactly("Vera VP", "Cy Rep", "Leo Lead", "Ann Rep", "Bob Rep");
        assertThat(rows).extracting(RollUp.Row::depth).containsExactly(0, 1, 1, 2, 2);
        RollUp.Row vp = rows.get(0);
        assertThat(vp.figures().closedWon()).isEqualByComparingTo("5000");
        assertThat(vp.figures().commit()).isEqualByComparingTo("1000");
        assertThat(vp.figures().pipeline()).isEqualByComparingTo("2000");
        assertThat(vp.figures().weighted()).isEqualByComparingTo("900");
        assertThat(vp.quota()).isEqualByComparingTo("25000");
        assertThat(vp.attainment()).isEqualTo(0.2);
        RollUp.Row lead = rows.get(2);
        assertThat(lead.figures().closedWon()).isEqualByComparingTo("5000");
        assertThat(lead.quota()).isEqualByComparingTo("20000");
        assertThat(lead.attainment()).isEqualTo(0.25);
        assertThat(rows.get(3).attainment()).isEqualTo(0.4);
        assertThat(RollUp.of(people, own, Map.of(), 2).get(0).attainment()).isNull();
    }

    @Test
    void scoresMapeWapeAndBiasWithAPeriodOfZeroActual() {
        // Periods: (F 900, A 1000), (F 1300, A 1000), (F 200, A 0).
        AccuracyScore s = AccuracyScore.of(List.of(
                new AccuracyScore.Point(900, 1000),
                new AccuracyScore.Point(1300, 1000),
                new AccuracyScore.Point(200, 0)));
        assertThat(s.periods()).isEqualTo(3);
        assertThat(s.periodsWithoutActual()).isEqualTo(1);
        assertThat(s.mape()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12)); // (0.1 + 0.3) / 2
        assertThat(s.wape()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-12)); // (100 + 300 + 200) / 2000
        assertThat(s.bias()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12)); // (-100 + 300 + 200) / 2000
        AccuracyScore none = AccuracyScore.of(List.of(new AccuracyScore.Point(50, 0)));
        assertThat(none.mape()).isNull();
        assertThat(none.wape()).isNull();
        assertThat(none.bias()).isNull();
    }

    @Test
    void calibratesFromHistoryOnlyOnceItIsThick() {
        Map<String, Double> stages = Map.of("discover", 0.2, "negotiate", 0.8);
        Map<String, WinCalibration.Outcomes> thin = Map.of("negotiate", new WinCalibration.Outcomes(3, 1));
        WinCalibration fallback = WinCalibration.of(stages, thin, 20, 5);
        assertThat(fallback.source()).isEqualTo(WinCalibration.Source.STAGE);
        assertThat(fallback.probability("negotiate")).isEqualTo(0.8);
        Map<String, WinCalibration.Outcomes> thick =
                Map.of("negotiate", new WinCalibration.Outcomes(10, 10), "discover", new WinCalibration.Outcomes(0, 5));
        WinCalibration history = WinCalibration.of(stages, thick, 20, 5);
        assertThat(history.source()).isEqualTo(WinCalibration.Source.HISTORY);
        assertThat(history.closedDeals()).isEqualTo(25);
        assertThat(history.probability("negotiate"))
                .isCloseTo((10 + 4.0) / 25, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(history.probability("discover")).isCloseTo(1.0 / 10, org.assertj.core.data.Offset.offset(1e-12));
    }
}
