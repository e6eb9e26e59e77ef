package org.perftracker.core.comparison;

import java.util.List;
import java.util.Objects;

/**
 * A comparison of jobs, computed: for every test, each job's value and spread, its change from the baseline (the
 * first job) and from the previous job, whether that change is significant, and whether it is better or worse;
 * charts of each test case over its categories.
 *
 * <p>Structure: groups (by test group, first appearance) → sections (one per tag with categories, plus "Tests
 * results" for the group's tests without one) → rows (tests matched by exact (group, tag, category)) → one cell per
 * job → its changes ({@link Diff}). Compute one with {@link #compute}; render it with {@link ComparisonText}; it
 * reads and writes as JSON with a plain Jackson {@code ObjectMapper}.
 *
 * <p>Example: jobs 17 "Nightly perf 1.0" and 18 "Nightly perf 1.1", both with test "Home page" in group
 * "Throughput", category "4 clients", scores [110, 111, 112] and [120, 121, 122] pages/s: title "Nightly perf: 1.0
 * vs 1.1", one row whose second cell has a diff against job index 0 of +9.0%, p = 0.000255 (t = 12.25, ν = 4), verdict
 * BETTER; row verdict IMPROVEMENT.
 *
 * @param title the user's title, or the automatic one ({@link ComparisonTitle}) when that is blank
 * @param jobs the jobs in comparison order, with their legends
 * @param counts how many rows have each row verdict
 * @param hiddenRows rows left out by {@link ComparisonOptions#tests()}
 */
public record Comparison(
        String title,
        ComparisonOptions options,
        List<JobColumn> jobs,
        List<Group> groups,
        RowCounts counts,
        int hiddenRows) {

    public Comparison {
        title = Objects.requireNonNullElse(title, "");
        options = Objects.requireNonNullElse(options, ComparisonOptions.DEFAULTS);
        jobs = List.copyOf(Objects.requireNonNullElse(jobs, List.of()));
        groups = List.copyOf(Objects.requireNonNullElse(groups, List.of()));
        Objects.requireNonNull(counts, "counts");
    }

    /**
     * Computes a comparison. Pure and single-threaded: 10 jobs of 5,000 tests take tens of milliseconds (see
     * docs/benchmarks.md).
     *
     * @param title the title; blank for the automatic one
     * @param jobs the jobs, the baseline first, each with its tests in their job order
     * @param options null for {@link ComparisonOptions#DEFAULTS}
     * @throws IllegalArgumentException when a job has two tests with the same (group, tag, category)
     */
    public static Comparison compute(String title, List<ComparedJob> jobs, ComparisonOptions options) {
        return ComparisonEngine.compute(title, jobs, Objects.requireNonNullElse(options, ComparisonOptions.DEFAULTS));
    }

    /**
     * @return this comparison with only the rows that match (e.g. regressions); sections and groups left without
     *     rows are dropped, charts and counts stay those of the whole comparison
     */
    public Comparison keepRows(java.util.function.Predicate<Row> keep) {
        List<Group> kept = new java.util.ArrayList<>();
        for (Group g : groups) {
            List<Section> sections = new java.util.ArrayList<>();
            for (Section s : g.sections()) {
                List<Row> rows = s.rows().stream().filter(keep).toList();
                if (!rows.isEmpty()) {
                    sections.add(new Section(s.id(), s.title(), s.tag(), s.chart(), s.tableShown(), rows));
                }
            }
            if (!sections.isEmpty()) {
                kept.add(new Group(g.name(), sections));
            }
        }
        return new Comparison(title, options, jobs, kept, counts, hiddenRows);
    }
}
