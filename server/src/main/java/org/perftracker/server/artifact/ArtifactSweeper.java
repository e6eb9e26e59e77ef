package org.perftracker.server.artifact;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes artifacts whose time to live has ended, with their links, in the background: once shortly after start
 * and then at a fixed interval. Several server nodes may sweep at once; deleting twice is harmless.
 */
public final class ArtifactSweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArtifactSweeper.class);

    private final ArtifactService artifacts;
    private final ScheduledExecutorService timer;

    public ArtifactSweeper(ArtifactService artifacts, Duration interval) {
        this.artifacts = artifacts;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "artifact-sweeper");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::sweepQuietly, 10_000, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return how many artifacts were removed */
    public int sweep() {
        int removed = artifacts.sweepExpired();
        if (removed > 0) {
            LOG.info("removed {} expired artifacts", removed);
        }
        return removed;
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("artifact sweep failed; will retry: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
