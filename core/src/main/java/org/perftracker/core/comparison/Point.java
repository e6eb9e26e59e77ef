package org.perftracker.core.comparison;

/**
 * One job's value at one category of a chart.
 *
 * <p>Example: the job's "8 clients" test averaged 450 pages/s with a 95% confidence half-width of 12: category =
 * the index of "8" on the axis, y 450, spread 12 (the error bar spans 438 to 462).
 *
 * @param category index into {@link Chart#categories()}
 * @param y the compared statistic
 * @param spread the error bar half-width, as {@link Cell#spread()}
 * @param failed true for a failed or erroneous test: drawn as a marker, left out of the trend
 * @param errors the test's error count
 * @param testId the test drawn
 */
public record Point(int category, double y, double spread, boolean failed, int errors, long testId) {
}
