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
        List<Task<?>> tasks = taskBeans.orderedStream().toList();
        List<RecurringTask<?>> recurring = new ArrayList<>();
        List<Task<?>> others = new ArrayList<>();
        for (Task<?> task : tasks) {
            if (task instanceof RecurringTask<?> r) {
                recurring.add(r);
            } else {
                others.add(task);
            }
        }
        return Scheduler.create(dataSource, others)
                .startTasks(recurring)
                .pollingInterval(settings.pollingInterval())
                .threads(settings.threads())
                .build();
    }

    @Bean
    JobSchedulerLifecycle jobSchedulerLifecycle(Scheduler scheduler) {
        return new JobSchedulerLifecycle(scheduler);
    }
}
