package org.perftracker.core.comparison;

/**
 * How p-values are corrected for the many tests judged at once. With 5,000 tests and no correction, α = 0.05
 * calls about 250 unchanged tests "significant" by chance; {@link #BENJAMINI_HOCHBERG} keeps the expected share
 * of false alarms among the changes called significant at α instead.
 */
public enum MultipleTesting {
    /** Each p-value is judged on its own against α. */
    NONE,
    /**
     * p-values are adjusted by Benjamini–Hochberg within each pair of jobs (all rows of "#3 vs #1", say), then
     * judged against α.
     */
    BENJAMINI_HOCHBERG
}
