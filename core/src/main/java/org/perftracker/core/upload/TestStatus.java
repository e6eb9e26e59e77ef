package org.perftracker.core.upload;

/** The outcome of one test, as the reference client reports it. */
public enum TestStatus {
    NOTTESTED,
    SKIPPED,
    INPROGRESS,
    SUCCESS,
    FAILED;

    /** @return true for a test that ran to an end, passed or failed (it counts as "completed") */
    public boolean isCompleted() {
        return this == SUCCESS || this == FAILED;
    }
}
