package io.closewright.shared.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Starts the job scheduler once the application is ready (migrations ran, every bean exists) and stops
 * it when the application context closes, before the data source goes away. With
 * {@code closewright.jobs.auto-start=false} (the test profile) the recurring tasks are only registered
 * in {@code scheduled_tasks} and nothing polls: tests run a job by calling it with the test clock set,
 * or call {@link #start()} when they mean to exercise the scheduler itself.
 */
public class JobSchedulerLifecycle {

    private final Scheduler scheduler;
    private final List<RecurringTask<?>> recurring;
    private final boolean autoStart;
    private boolean started;

    JobSchedulerLifecycle(Scheduler scheduler, List<RecurringTask<?>> recurring, boolean autoStart) {
        this.scheduler = scheduler;
        this.recurring = List.copyOf(recurring);
        this.autoStart = autoStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void ready() {
        if (autoStart) {
            start();
        } else {
            recurring.forEach(task -> task.onStartup(scheduler, new SystemClock()));
        }
    }

    /** Starts polling for due jobs, if this instance does not poll yet. */
    public synchronized void start() {
        if (!started) {
            scheduler.start();
            started = true;
        }
    }

    /** Whether this instance polls for due jobs. */
    public synchronized boolean isStarted() {
        return started;
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stop() {
        if (started) {
            scheduler.stop();
            started = false;
        }
    }
}
