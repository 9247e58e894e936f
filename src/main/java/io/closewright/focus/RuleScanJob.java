package io.closewright.focus;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The periodic scan of the automation rules as a db-scheduler recurring task: each execution is picked
 * by one instance; the firing record makes a second run (overlap, retry, another instance) fire nothing new.
 */
@Configuration(proxyBeanMethods = false)
class RuleScanJob {

    static final String TASK_NAME = "automation-rules";
    private static final Logger LOG = LoggerFactory.getLogger(RuleScanJob.class);

    @Bean
    RecurringTask<Void> automationRulesTask(RuleRunner runner, FocusSettings settings) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(settings.ruleInterval()))
                .execute((instance, context) -> {
                    int fired = runner.scanAll();
                    if (fired > 0) {
                        LOG.info("Automation rules fired {} times", fired);
                    }
                });
    }
}
