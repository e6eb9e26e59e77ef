/**
 * Comparisons of jobs: the computation behind the comparison pages, the comparison API and {@code pt compare}.
 * Pure: no HTTP, no SQL.
 *
 * <p>Entry points: {@link org.perftracker.core.comparison.Comparison#compute} turns {@link
 * org.perftracker.core.comparison.ComparedJob}s (the baseline first) and {@link
 * org.perftracker.core.comparison.ComparisonOptions} into a {@link org.perftracker.core.comparison.Comparison}
 * record tree; {@link org.perftracker.core.comparison.ComparisonText} renders it for a terminal or a pull request;
 * {@link org.perftracker.core.comparison.ComparisonTitle} names a comparison whose title was left blank. The records
 * read and write as JSON with a plain Jackson {@code ObjectMapper} (undefined numbers are {@code null}).
 *
 * <p>The rules, each documented on the type that applies it:
 * <ul>
 * <li>Grouping: group → section (a tag with categories, or "Tests results" for a group's tests without one) → row,
 * all in order of first appearance; tests match by exact (group, tag, category); a job without the test has a
 * MISSING cell, never a zero ({@link org.perftracker.core.comparison.Section}).
 * <li>Change: (new − base) / |base| × 100, undefined when base is 0 ({@link org.perftracker.core.comparison.Diff}).
 * <li>Significance: Welch's t-test of the means, Benjamini–Hochberg across the rows of each pair of jobs by default,
 * α = 0.05; a single score tested from the spread it reported ({@link
 * org.perftracker.core.comparison.ReportedSpread}) when it has one, otherwise no variance information, "likely"
 * beyond a threshold; failed → its own verdict
 * ({@link org.perftracker.core.comparison.Verdict}, {@link org.perftracker.core.comparison.RowVerdict}).
 * <li>Charts: axis from the categories' common suffix ({@link org.perftracker.core.comparison.CategoryAxis}); line
 * or bars ({@link org.perftracker.core.comparison.ChartType}); trends ({@link
 * org.perftracker.core.comparison.Trend}); error bars = 95% confidence half-width of the mean ({@link
 * org.perftracker.core.comparison.Point}).
 * </ul>
 */
package org.perftracker.core.comparison;
