package org.perftracker.client;

/**
 * A comparison of jobs as the server computed and wrote it ({@link PerfTrackerClient#compare}).
 *
 * @param body the comparison in the format asked for: an aligned text table, Markdown, CSV or JSON
 * @param regressions how many tests of the whole comparison are significant regressions (whatever rows the body
 *     keeps), e.g. for a CI step that fails on one; -1 when the server did not say (not a PerfTracker server)
 * @param failed how many tests failed or reported errors in a job; -1 when the server did not say
 */
public record ComparisonReport(String body, int regressions, int failed) {
}
