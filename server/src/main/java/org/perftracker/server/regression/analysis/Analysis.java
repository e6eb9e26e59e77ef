package org.perftracker.server.regression.analysis;

import java.time.Clock;
import org.perftracker.core.changepoint.ChangePointDetector;
import org.perftracker.server.db.Database;
import org.perftracker.server.regression.SeriesRepository;
import org.perftracker.server.regression.alert.AlertRepository;
import org.perftracker.server.regression.notify.Outbox;

/**
 * The analysis after uploads, assembled: the queue, the listener that fills it, and the worker that empties it.
 * {@link #start} starts the worker; {@link #close} stops it (a batch it was analysing stays queued).
 */
public final class Analysis implements AutoCloseable {
    private final AnalysisQueue queue = new AnalysisQueue();
    private final DetectionWorker worker;
    private final AnalysisListener listener;

    /** @param notificationsQueued told after an analysis queued notifications */
    public Analysis(Database db, Clock clock, ChangePointDetector detector, SeriesRepository series,
            AlertRepository alerts, Outbox outbox, Runnable notificationsQueued) {
        this.worker = new DetectionWorker(db, clock, queue, new SeriesAnalyser(detector, series),
                new AnalysisWriter(series, alerts, outbox), notificationsQueued);
        this.listener = new AnalysisListener(db, clock, queue, worker::wake);
    }

    /** What to add to the upload's and the job edits' listeners. */
    public AnalysisListener listener() {
        return listener;
    }

    public AnalysisQueue queue() {
        return queue;
    }

    public void start() {
        worker.start();
        worker.wake();
    }

    @Override
    public void close() {
        worker.close();
    }
}
