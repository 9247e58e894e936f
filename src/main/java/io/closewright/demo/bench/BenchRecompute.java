package io.closewright.demo.bench;

import io.closewright.forecast.ForecastManagement;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Viewer;
import io.closewright.risk.RiskManagement;
import org.springframework.stereotype.Component;

/**
 * The whole-workspace recompute, through each module's own entry point: who sees whom (identity), every
 * open deal's plan projected and risk assessed into the risk read model (risk), and a forecast snapshot
 * of the whole workspace (forecast).
 */
@Component
public class BenchRecompute {

    private final IdentityManagement identity;
    private final RiskManagement risks;
    private final ForecastManagement forecasts;

    BenchRecompute(IdentityManagement identity, RiskManagement risks, ForecastManagement forecasts) {
        this.identity = identity;
        this.risks = risks;
        this.forecasts = forecasts;
    }

    /** Recomputes the admin's workspace; answers how many deals were assessed and how long each part took. */
    public Timings run(Viewer admin) {
        long start = System.nanoTime();
        identity.rebuildReach(admin.workspaceId());
        long reach = System.nanoTime();
        int deals = risks.recompute(admin).deals();
        long risk = System.nanoTime();
        forecasts.snapshot(admin, null, null, admin.userId());
        long end = System.nanoTime();
        return new Timings(deals, millis(start, reach), millis(reach, risk), millis(risk, end), millis(start, end));
    }

    /** What one recompute did: open deals assessed, and the milliseconds of each part and of the whole. */
    public record Timings(int deals, long reachMillis, long riskMillis, long snapshotMillis, long totalMillis) {}

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
