package org.perftracker.server.regression;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread that runs a task every period and soon after each {@link #wake()} (wakes that come while a run
 * is pending are merged), until {@link #close()}. The task must catch its own failures.
 */
public final class BackgroundLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundLoop.class);
    private static final long STOP_SECONDS = 15;

    private final String name;
    private final Duration period;
    private final Runnable task;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean woken = new AtomicBoolean();

    public BackgroundLoop(String name, Duration period, Runnable task) {
        this.name = name;
        this.period = period;
        this.task = task;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        executor.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the task soon; nothing once the loop is closed. */
    public void wake() {
        if (woken.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    woken.set(false);
                    task.run();
                });
            } catch (RejectedExecutionException closed) {
                woken.set(false);
            }
        }
    }

    /** Interrupts the task and waits (a while) for it to end. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("{} still running after {} s; its work stays queued", name, STOP_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
