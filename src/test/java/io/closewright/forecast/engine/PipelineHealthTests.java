package io.closewright.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each pipeline health figure on a hand-computed scope. */
class PipelineHealthTests {

    static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    static final Period Q4 = Period.parse("2026-Q4").orElseThrow();
    static final List<String> STAGES = List.of("qualify", "discover", "propose");

    static HealthInputs inputs(Double quota) {
        List<HealthInputs.OpenDeal> open = List.of(
                new HealthInputs.OpenDeal(6000, TODAY.minusDays(10), LocalDate.parse("2026-12-20"), 0),
                new HealthInputs.OpenDeal(4000, TODAY.minusDays(45), LocalDate.parse("2026-12-28"), 2),
                new HealthInputs.OpenDeal(9000, TODAY.minusDays(120), LocalDate.parse("2027-02-01"), 1),
                new HealthInputs.OpenDeal(1000, TODAY.minusDays(75), LocalDate.parse("2026-12-05"), 0));
        List<HealthInputs.ClosedDeal> closed = List.of(
                new HealthInputs.ClosedDeal(true, 3000, LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-01")),
                new HealthInputs.ClosedDeal(true, 5000, LocalDate.parse("2026-09-01"), LocalDate.parse("2026-11-20")),
                new HealthInputs.ClosedDeal(false, 2000, LocalDate.parse("2026-08-01"), LocalDate.parse("2026-10-15")),
                new HealthInputs.ClosedDeal(false, 7000, LocalDate.parse("2026-08-01"), LocalDate.parse("2026-11-01")));
        List<HealthInputs.StagePath> paths = List.of(
                new HealthInputs.StagePath(List.of("qualify", "discover", "propose", "won")),
                new HealthInputs.StagePath(List.of("qualify", "discover", "lost")),
                new HealthInputs.StagePath(List.of("qualify")),
                new HealthInputs.StagePath(List.of("discover", "propose")));
        return new HealthInputs(open, closed, paths, quota, 8000, Q4, TODAY);
    }

    @Test
    void computesEveryFigureAsDocumented() {
        PipelineHealth h = PipelineHealth.of(inputs(20_000.0), STAGES, Set.of("won"));
        assertThat(h.openDeals()).isEqualTo(4);
        assertThat(h.openPipelineInPeriod()).isEqualTo(11_000); // 6000 + 4000 + 1000 close in Q4
        assertThat(h.coverage()).isCloseTo(11_000 / 12_000.0, offset(1e-12)); // quota 20000 - won 8000
        assertThat(h.winRate()).isEqualTo(0.5); // 2 won of 4 closed
        assertThat(h.averageCycleDays()).isEqualTo(55.0); // (30 + 80) / 2
        assertThat(h.averageWonAmount()).isEqualTo(4000.0);
        assertThat(h.velocityPerDay()).isCloseTo(4 * 4000 * 0.5 / 55.0, offset(1e-9));
        assertThat(h.slippageRate()).isEqualTo(0.5); // 2 of 4 open deals pushed
        assertThat(h.averageAgeDays()).isEqualTo(62.5); // (10 + 45 + 120 + 75) / 4
        assertThat(h.ageing()).extracting(PipelineHealth.AgeBucket::deals).containsExactly(1L, 1L, 1L, 1L);
        assertThat(h.ageing())
                .extracting(PipelineHealth.AgeBucket::amount)
                .containsExactly(6000.0, 4000.0, 1000.0, 9000.0);
        // qualify: reached 3, advanced 2; discover: reached 3, advanced 2 (to propose twice); propose: 2 reached, 1
        // won.
        assertThat(h.conversion())
                .extracting(PipelineHealth.StageConversion::reached)
                .containsExactly(3L, 3L, 2L);
        assertThat(h.conversion())
                .extracting(PipelineHealth.StageConversion::advanced)
                .containsExactly(2L, 2L, 1L);
        assertThat(h.conversion().get(2).rate()).isEqualTo(0.5);
    }

    @Test
    void leavesOutWhatCannotBeComputed() {
        PipelineHealth noQuota = PipelineHealth.of(inputs(null), STAGES, Set.of("won"));
        assertThat(noQuota.coverage()).isNull();
        assertThat(PipelineHealth.of(inputs(8000.0), STAGES, Set.of("won")).coverage())
                .isNull(); // quota met
        HealthInputs empty = new HealthInputs(List.of(), List.of(), List.of(), null, 0, Q4, TODAY);
        PipelineHealth h = PipelineHealth.of(empty, STAGES, Set.of("won"));
        assertThat(h.winRate()).isNull();
        assertThat(h.averageCycleDays()).isNull();
        assertThat(h.velocityPerDay()).isNull();
        assertThat(h.slippageRate()).isNull();
        assertThat(h.averageAgeDays()).isNull();
        assertThat(h.conversion()).allSatisfy(c -> assertThat(c.rate()).isNull());
    }
}
