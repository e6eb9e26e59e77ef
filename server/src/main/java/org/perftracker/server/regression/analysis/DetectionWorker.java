package org.perftracker.server.regression.analysis;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.perftracker.server.db.Database;
import org.perftracker.server.db.Vendor;
import org.perftracker.server.regression.BackgroundLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes batches from the analysis queue and analyses them, on one background thread per server node: at once when
 * an upload on this node wakes it, and every {@value #POLL_SECONDS} seconds for the work other nodes queued.
 *
 * <p>On PostgreSQL a batch is analysed and written in one transaction that holds its regression's lock, so the
 * nodes of a cluster share the queue; on SQLite, where a write transaction blocks every other writer, the series
 * are read outside any transaction and only the result is written in a short one, so uploads never wait for an
 * analysis. A batch that fails is put back and tried again later, a few times at most.
 */
public final class DetectionWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DetectionWorker.class);
    static final int POLL_SECONDS = 2;

    private final Database db;
    private final Clock clock;
    private final AnalysisQueue queue;
    private final SeriesAnalyser analyser;
    private final AnalysisWriter writer;
    private final Runnable notificationsQueued;
    private final BackgroundLoop loop = new BackgroundLoop("regression-analysis", Duration.ofSeconds(POLL_SECONDS),
            this::drain);

    DetectionWorker(Database db, Clock clock, AnalysisQueue queue, SeriesAnalyser analyser, AnalysisWriter writer,
            Runnable notificationsQueued) {
        this.db = db;
        this.clock = clock;
        this.queue = queue;
        this.analyser = analyser;
        this.writer = writer;
        this.notificationsQueued = notificationsQueued;
    }

    public void start() {
        loop.start();
    }

    /** Analyses what is queued, soon, on the worker's thread. */
    public void wake() {
        loop.wake();
    }

    /** Analyses batches until the queue has none due; @return how many */
    int drain() {
        int batches = 0;
        while (!Thread.currentThread().isInterrupted() && processNext()) {
            batches++;
        }
        return batches;
    }

    /** @return whether a batch was taken (and analysed, or put back after a failure) */
    boolean processNext() {
        AtomicReference<AnalysisQueue.Batch> taken = new AtomicReference<>();
        try {
            int queued = db.vendor() == Vendor.POSTGRESQL ? inOneTransaction(taken) : readThenWrite(taken);
            if (queued > 0) {
                notificationsQueued.run();
            }
            return taken.get() != null;
        } catch (RuntimeException e) {
            AnalysisQueue.Batch batch = taken.get();
            if (batch == null) {
                LOG.error("the analysis queue cannot be read; trying again in {} s", POLL_SECONDS, e);
                return false;
            }
            LOG.error("analysing regression {} after jobs {} failed; it will be tried again", batch.regressionId(),
                    batch.jobIds(), e);
            try {
                db.writeVoid(h -> queue.failed(h, batch, clock.millis(), e.toString()));
                return true;
            } catch (RuntimeException again) {
                LOG.error("the failure cannot be recorded either; trying again in {} s", POLL_SECONDS, again);
                return false;
            }
        }
    }

    private int inOneTransaction(AtomicReference<AnalysisQueue.Batch> taken) {
        if (!db.read(h -> queue.anyDue(h, clock.millis()))) {
            return 0;
        }
        return db.write(h -> {
            Optional<AnalysisQueue.Batch> next = queue.next(h, db.vendor(), clock.millis());
            taken.set(next.orElse(null));
            if (next.isEmpty()) {
                return 0;
            }
            AnalysisQueue.Batch batch = next.get();
            if (batch.jobIds().isEmpty()) {
                return 0;
            }
            List<SeriesAnalysis> result = analyser.analyse(h, batch.regressionId(), batch.jobIds());
            int queued = writer.write(h, batch.regressionId(), batch.jobIds(), result, clock.millis());
            queue.done(h, batch);
            return queued;
        });
    }

    private int readThenWrite(AtomicReference<AnalysisQueue.Batch> taken) {
        Optional<AnalysisQueue.Batch> next = db.read(h -> queue.next(h, db.vendor(), clock.millis()));
        taken.set(next.orElse(null));
        if (next.isEmpty()) {
            return 0;
        }
        AnalysisQueue.Batch batch = next.get();
        if (batch.jobIds().isEmpty()) {
            return 0;
        }
        List<SeriesAnalysis> result = db.read(h -> analyser.analyse(h, batch.regressionId(), batch.jobIds()));
        return db.write(h -> {
            int queued = writer.write(h, batch.regressionId(), batch.jobIds(), result, clock.millis());
            queue.done(h, batch);
            return queued;
        });
    }

    @Override
    public void close() {
        loop.close();
    }
}
