package io.closewright.nurture;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The drip as a db-scheduler recurring task, {@value #TASK_NAME}: every
 * {@code closewright.nurture.send-interval} one instance sends the emails that are due. Exactly once per
 * email rests on the claim in {@link OutgoingEmails}, not on the scheduler alone.
 */
@Configuration(proxyBeanMethods = false)
class DripJob {

    static final String TASK_NAME = "nurture-drip";

    @Bean
    RecurringTask<Void> nurtureDripTask(DripSender sender, NurtureSettings settings) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(settings.sendInterval()))
                .execute((instance, context) -> sender.sendDue());
    }
}
