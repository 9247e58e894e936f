package io.closewright.shared.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Starts the job scheduler once the application is ready (migrations ran, every bean exists) and stops
 * it when the application context closes, before the data source goes away.
 */
class JobSchedulerLifecycle {

    private final Scheduler scheduler;
    private boolean started;

    JobSchedulerLifecycle(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!started) {
            scheduler.start();
            started = true;
        }
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stop() {
        if (started) {
            scheduler.stop();
            started = false;
        }
    }
}
