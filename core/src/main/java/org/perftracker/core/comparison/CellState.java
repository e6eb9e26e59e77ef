package org.perftracker.core.comparison;

/** Whether a job has the row's test and whether it gives a score to compare. */
public enum CellState {
    /** The test ran and has at least one score. */
    MEASURED,
    /** The test failed (status FAILED) or reported errors; its score, if any, is shown but not judged. */
    FAILED,
    /** The test exists but has no score (e.g. SKIPPED or NOTTESTED). */
    NO_SCORES,
    /** The job has no test with the row's (group, tag, category). */
    MISSING
}
