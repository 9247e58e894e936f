package io.closewright.shared.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One db-scheduler {@link Scheduler} for the whole application, wired by hand (its Spring Boot starter
 * targets Boot 3). It runs every {@link Task} bean of every module: recurring tasks are started, so
 * that each of their executions runs exactly once across all instances sharing the database. The
 * scheduler starts when the application is ready and stops with it (see {@link JobSchedulerLifecycle}).
 * {@code closewright.jobs.enabled=false} leaves it out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "closewright.jobs.enabled", havingValue = "true", matchIfMissing = true)
class JobSchedulerConfiguration {

    @Bean(destroyMethod = "")
    Scheduler jobScheduler(DataSource dataSource, ObjectProvider<Task<?>> taskBeans, JobSettings settings) {
        List<Task<?>> others = taskBeans
                .orderedStream()
                .filter(task -> !(task instanceof RecurringTask<?>))
                .toList();
        return Scheduler.create(dataSource, others)
                .startTasks(recurring(taskBeans))
                .pollingInterval(settings.pollingInterval())
                .threads(settings.threads())
                .build();
    }

    @Bean
    JobSchedulerLifecycle jobSchedulerLifecycle(
            Scheduler scheduler, ObjectProvider<Task<?>> taskBeans, JobSettings settings) {
        return new JobSchedulerLifecycle(scheduler, recurring(taskBeans), settings.autoStart());
    }

    private static List<RecurringTask<?>> recurring(ObjectProvider<Task<?>> taskBeans) {
        List<RecurringTask<?>> recurring = new ArrayList<>();
        taskBeans.orderedStream().forEach(task -> {
            if (task instanceof RecurringTask<?> r) {
                recurring.add(r);
            }
        });
        return recurring;
    }
}
