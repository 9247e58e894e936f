package io.closewright.imports;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stalled-import sweep as a db-scheduler recurring task: every {@code resume-interval} one instance
 * resumes the imports that are queued or whose worker stopped renewing its lease (it crashed, or its
 * instance was stopped), from their last committed batch.
 */
@Configuration(proxyBeanMethods = false)
class ImportResumeJob {

    static final String TASK_NAME = "import-resume";

    @Bean
    RecurringTask<Void> importResumeTask(ImportWorker worker, ImportSettings settings) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(settings.resumeInterval()))
                .execute((instance, context) -> worker.resumeStalled());
    }
}
