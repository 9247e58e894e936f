package io.closewright.risk;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The risk module's background work as db-scheduler recurring tasks, each execution picked by one
 * instance: {@code risk-recompute} re-assesses every open deal of every workspace (so that a deal that
 * slips because time passed is noticed, and its manager told, without anyone acting), and
 * {@code risk-digest} sends each manager the weekly digest of the team's risks once it is time.
 */
@Configuration(proxyBeanMethods = false)
class RiskJobs {

    static final String RECOMPUTE = "risk-recompute";
    static final String DIGEST = "risk-digest";
    private static final Logger LOG = LoggerFactory.getLogger(RiskJobs.class);

    private final RiskRecompute recompute;
    private final RiskDigest digest;
    private final RiskSettings settings;
    private final JdbcClient jdbc;

    RiskJobs(RiskRecompute recompute, RiskDigest digest, RiskSettings settings, JdbcClient jdbc) {
        this.recompute = recompute;
        this.digest = digest;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Bean
    RecurringTask<Void> riskRecomputeTask() {
        return Tasks.recurring(RECOMPUTE, Schedules.fixedDelay(settings.recomputeInterval()))
                .execute((instance, context) -> recomputeAll());
    }

    @Bean
    RecurringTask<Void> riskDigestTask() {
        return Tasks.recurring(DIGEST, Schedules.fixedDelay(settings.digestInterval()))
                .execute((instance, context) -> digest.sendDue());
    }

    /** Re-assesses every open deal of every workspace; answers how many deals. */
    int recomputeAll() {
        int deals = 0;
        for (long workspace : jdbc.sql("SELECT id FROM workspace ORDER BY id")
                .query(Long.class)
                .list()) {
            deals += recompute.workspace(workspace);
        }
        LOG.info("Recomputed the risk of {} open deals", deals);
        return deals;
    }
}
