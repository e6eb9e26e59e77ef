package org.perftracker.core.comparison;

/**
 * The verdict of one row, for filtering and counting: the most important verdict among its jobs' changes against
 * the baseline, in this order — {@link #FAILED}, {@link #REGRESSION}, {@link #IMPROVEMENT},
 * {@link #LIKELY_REGRESSION}, {@link #LIKELY_IMPROVEMENT}, {@link #MISSING}, {@link #NO_VARIANCE_INFORMATION},
 * {@link #NO_SIGNIFICANT_CHANGE}.
 *
 * <p>Example: three jobs where #2 is significantly worse than #1 and #3 significantly better: REGRESSION (a
 * regression against the baseline exists in the row). A row in which any job failed is FAILED.
 */
public enum RowVerdict {
    FAILED,
    REGRESSION,
    IMPROVEMENT,
    LIKELY_REGRESSION,
    LIKELY_IMPROVEMENT,
    MISSING,
    NO_VARIANCE_INFORMATION,
    NO_SIGNIFICANT_CHANGE
}
