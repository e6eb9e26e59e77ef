package org.perftracker.server.regression.analysis;

import java.time.Clock;
import org.perftracker.server.db.Database;
import org.perftracker.server.job.JobChangeListener;
import org.perftracker.server.job.UploadListener;
import org.perftracker.server.job.UploadOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues a job for analysis after its upload, edit, delete or regression (un)link committed, and wakes this node's
 * worker: one short insert, then the upload's answer goes out while the analysis runs in the background. Never
 * throws: if the queue cannot be written, the job is analysed with the next change to its series.
 */
public final class AnalysisListener implements UploadListener, JobChangeListener {
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisListener.class);

    private final Database db;
    private final Clock clock;
    private final AnalysisQueue queue;
    private final Runnable queued;

    AnalysisListener(Database db, Clock clock, AnalysisQueue queue, Runnable queued) {
        this.db = db;
        this.clock = clock;
        this.queue = queue;
        this.queued = queued;
    }

    @Override
    public void uploaded(UploadOutcome outcome) {
        enqueue(outcome.jobId());
    }

    @Override
    public void changed(long jobId) {
        enqueue(jobId);
    }

    private void enqueue(long jobId) {
        try {
            db.writeVoid(h -> queue.enqueue(h, db.vendor(), jobId, clock.millis()));
            queued.run();
        } catch (RuntimeException e) {
            LOG.error("job {} could not be queued for regression analysis", jobId, e);
        }
    }

    @Override
    public String toString() {
        return "regression analysis";
    }
}
