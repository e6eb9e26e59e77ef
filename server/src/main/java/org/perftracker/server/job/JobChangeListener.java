package org.perftracker.server.job;

/**
 * Told after an edit, a delete or undelete, or a regression (un)link of a job committed, e.g. to analyse again the
 * series the job is part of. A listener must return quickly and never throw: the change has already succeeded.
 */
@FunctionalInterface
public interface JobChangeListener {
    void changed(long jobId);
}
