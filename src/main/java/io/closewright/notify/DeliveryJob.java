package io.closewright.notify;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task that sends the outbox's due emails and webhooks every
 * {@code closewright.notify.delivery-interval}; the claims in {@link Deliveries} keep each delivery to one
 * sender even where two runs overlap.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryJob {

    static final String TASK_NAME = "notify-deliveries";

    @Bean
    RecurringTask<Void> notifyDeliveryTask(DeliverySender sender, NotifySettings settings) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(settings.deliveryInterval()))
                .execute((instance, context) -> sender.sendDue());
    }
}
