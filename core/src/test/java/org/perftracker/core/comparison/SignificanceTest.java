package org.perftracker.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.perftracker.core.comparison.Jobs.compare;
import static org.perftracker.core.comparison.Jobs.job;
import static org.perftracker.core.comparison.Jobs.onlyRow;
import static org.perftracker.core.comparison.Jobs.vsBaseline;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.core.stats.Summary;
import org.perftracker.core.upload.TestStatus;

/**
 * Significance of a change, checked against scipy 1.17.1 (numpy 2.4.6), computed independently with:
 * <pre>
 * from scipy.stats import ttest_ind, ttest_ind_from_stats, false_discovery_control
 * r = ttest_ind(new, base, equal_var=False)                                   # Welch
 * ttest_ind_from_stats(111.5, 1.352775, 3, 120.2, 2.1, 4, equal_var=False)   # stored summaries
 * false_discovery_control(ps, method='bh')                                    # Benjamini-Hochberg
 * </pre>
 * Values (base → new: t, p):
 * <pre>
 * [10, 11, 12] → [12, 13, 14]                  t = 2.449490  p = 0.070484    (+18.181818%)
 * [18, 19, 20, 21, 22] → [20, 15, 25, 35, 30]  t = 1.386750  p = 0.232803    (+25%)
 * [100 … 104] → [110 … 114]                    t = 10        p = 8.48818e-06 (+9.803922%)
 * summaries (111.5, 1.352775, 3) → (120.2, 2.1, 4): t = 6.648198, p = 0.00119743
 * reported spreads (100, 2, 10) → (104, 3, 8):        t = 3.239105, p = 0.00730833 (ν = 11.71)
 * [10, 11, 12] → reported spread (12.5, 1.5, 6):     t = 1.782266, p = 0.125018
 * [-1, 0, 1] → [5, 6, 7]                       t = 7.348469  p = 0.00182626  (base mean 0: % undefined)
 * [5, 5, 5] → [6, 6, 6]                        t = inf       p = 0
 * [5, 5, 5] → [5, 5]                           t = nan       p = nan (scipy); we say p = 1: equal means, no change
 * [10.0, 10.1, 10.2, 10.3] → [9.9, 12.0, 12.1, 12.2, 12.3, 12.4]  t = 4.240945  p = 0.00725089
 * family of three: p = [0.0273293, 1.0, 0.8764392] → BH [0.0819878, 1.0, 1.0]
 * </pre>
 */
class SignificanceTest {
    private static final ComparisonOptions UNCORRECTED = ComparisonOptions.DEFAULTS
            .withMultipleTesting(MultipleTesting.NONE);

    private static Diff change(ComparisonOptions options, Jobs.Builder base, Jobs.Builder current) {
        return vsBaseline(compare(options, base, current), 1);
    }

    private static Diff change(double[] base, double[] current) {
        return change(ComparisonOptions.DEFAULTS, job(1, "a").test("g", "t", "", base),
                job(2, "b").test("g", "t", "", current));
    }

    @Test
    void welch_test_on_raw_scores_matches_scipy_and_is_not_significant_at_five_percent() {
        Diff d = change(new double[] {10, 11, 12}, new double[] {12, 13, 14});
        assertThat(d.percent().getAsDouble()).isCloseTo(18.181818, within(1e-6));
        assertThat(d.p().getAsDouble()).isCloseTo(0.070484, within(1e-6));
        assertThat(d.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void unequal_spreads_use_welch_not_student() {
        Diff d = change(new double[] {18, 19, 20, 21, 22}, new double[] {20, 15, 25, 35, 30});
        assertThat(d.p().getAsDouble()).isCloseTo(0.232803, within(1e-6));
        assertThat(d.percent().getAsDouble()).isCloseTo(25, within(1e-12));
    }

    @Test
    void a_clear_rise_in_throughput_is_better_and_in_latency_is_worse() {
        double[] base = {100, 101, 102, 103, 104};
        double[] rise = {110, 111, 112, 113, 114};
        Diff throughput = change(base, rise);
        assertThat(throughput.p().getAsDouble()).isCloseTo(8.48818e-06, within(1e-10));
        assertThat(throughput.percent().getAsDouble()).isCloseTo(9.803922, within(1e-6));
        assertThat(throughput.verdict()).isEqualTo(Verdict.BETTER);

        Diff latency = change(ComparisonOptions.DEFAULTS,
                job(1, "a").test("g", "t", "", t -> t.lessBetter(true).scores(base)),
                job(2, "b").test("g", "t", "", t -> t.lessBetter(true).scores(rise)));
        assertThat(latency.verdict()).isEqualTo(Verdict.WORSE);
    }

    @Test
    void stored_summaries_are_tested_when_raw_scores_are_not_loaded() {
        Diff d = change(ComparisonOptions.DEFAULTS,
                job(1, "a").test("g", "t", "", t -> t.summary(new Summary(3, 111.5, 111.4, 110.2, 112.9, 1.352775, 0))),
                job(2, "b").test("g", "t", "", t -> t.summary(new Summary(4, 120.2, 120, 118, 122.5, 2.1, 0))));
        assertThat(d.p().getAsDouble()).isCloseTo(0.00119743, within(1e-8));
        assertThat(d.verdict()).isEqualTo(Verdict.BETTER);
    }

    @Test
    void raw_scores_win_over_a_stored_summary_and_give_the_same_p_as_the_summary_of_those_scores() {
        Summary stale = new Summary(3, 500, 500, 400, 600, 50, 0);
        Diff fromRaw = change(ComparisonOptions.DEFAULTS,
                job(1, "a").test("g", "t", "", t -> t.scores(10, 11, 12).summary(stale)),
                job(2, "b").test("g", "t", "", t -> t.scores(12, 13, 14)));
        Diff fromSummaries = change(ComparisonOptions.DEFAULTS,
                job(1, "a").test("g", "t", "", t -> t.summary(Summary.of(new double[] {10, 11, 12}))),
                job(2, "b").test("g", "t", "", t -> t.summary(Summary.of(new double[] {12, 13, 14}))));
        assertThat(fromRaw.p().getAsDouble()).isCloseTo(0.070484, within(1e-6));
        assertThat(fromSummaries.p().getAsDouble()).isCloseTo(fromRaw.p().getAsDouble(), within(1e-12));
    }

    @Test
    void one_score_with_a_reported_spread_is_tested_from_its_mean_deviation_and_samples() {
        Diff d = change(ComparisonOptions.DEFAULTS,
                job(1, "a").test("g", "t", "", t -> t.scores(100).reportedSpread(new ReportedSpread(2, 10))),
                job(2, "b").test("g", "t", "", t -> t.scores(104).reportedSpread(new ReportedSpread(3, 8))));
        assertThat(d.percent().getAsDouble()).isCloseTo(4, within(1e-12));
        assertThat(d.p().getAsDouble()).isCloseTo(0.00730833, within(1e-8));
        assertThat(d.verdict()).as("below the likely threshold, yet tested").isEqualTo(Verdict.BETTER);
    }

    @Test
    void raw_scores_win_over_a_reported_spread_and_a_side_may_use_either() {
        Diff raw = change(ComparisonOptions.DEFAULTS,
                job(1, "a").test("g", "t", "", t -> t.scores(10, 11, 12).reportedSpread(new ReportedSpread(50, 100))),
                job(2, "b").test("g", "t", "", t -> t.scores(12, 13, 14).reportedSpread(new ReportedSpread(50, 100))));
        assertThat(raw.p().getAsDouble()).isCloseTo(0.070484, within(1e-6));

        Diff mixed = change(ComparisonOptions.DEFAULTS, job(1, "a").test("g", "t", "", 10, 11, 12),
                job(2, "b").test("g", "t", "", t -> t.scores(12.5).reportedSpread(new ReportedSpread(1.5, 6))));
        assertThat(mixed.p().getAsDouble()).isCloseTo(0.125018, within(1e-6));
        assertThat(mixed.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void a_reported_spread_on_one_side_only_does_not_test_against_a_bare_single_score() {
        Diff d = change(ComparisonOptions.DEFAULTS,
                job(1, "a").test("g", "t", "", t -> t.scores(100).reportedSpread(new ReportedSpread(2, 10))),
                job(2, "b").test("g", "t", "", 104));
        assertThat(d.p()).isEmpty();
        assertThat(d.verdict()).isEqualTo(Verdict.NO_VARIANCE_INFORMATION);
    }

    @Test
    void one_score_on_a_side_gives_no_variance_information_below_the_threshold_and_likely_above() {
        Diff small = change(new double[] {100}, new double[] {104, 105, 103});
        assertThat(small.verdict()).isEqualTo(Verdict.NO_VARIANCE_INFORMATION);
        assertThat(small.p()).isEmpty();
        assertThat(small.percent().getAsDouble()).isCloseTo(4, within(1e-12));

        assertThat(change(new double[] {100}, new double[] {106}).verdict()).isEqualTo(Verdict.LIKELY_BETTER);
        assertThat(change(new double[] {100}, new double[] {94}).verdict()).isEqualTo(Verdict.LIKELY_WORSE);
        assertThat(change(new double[] {100}, new double[] {105}).verdict())
                .as("a change of exactly the threshold counts").isEqualTo(Verdict.LIKELY_BETTER);
        assertThat(change(new double[] {100}, new double[] {100}).verdict())
                .isEqualTo(Verdict.NO_VARIANCE_INFORMATION);
    }

    @Test
    void one_score_on_a_latency_test_that_rose_is_likely_worse() {
        Diff d = change(ComparisonOptions.DEFAULTS,
                job(1, "a").test("g", "login", "", t -> t.metrics("ms").lessBetter(true).scores(42)),
                job(2, "b").test("g", "login", "", t -> t.metrics("ms").lessBetter(true).scores(50)));
        assertThat(d.percent().getAsDouble()).isCloseTo(19.047619, within(1e-6));
        assertThat(d.verdict()).isEqualTo(Verdict.LIKELY_WORSE);
        assertThat(d.verdict().significant()).isFalse();
    }

    @Test
    void zero_variance_on_both_sides_is_a_certain_change_when_the_means_differ() {
        Diff d = change(new double[] {5, 5, 5}, new double[] {6, 6, 6});
        assertThat(d.p().getAsDouble()).isZero();
        assertThat(d.verdict()).isEqualTo(Verdict.BETTER);

        Diff same = change(new double[] {5, 5, 5}, new double[] {5, 5});
        assertThat(same.p().getAsDouble()).isEqualTo(1);
        assertThat(same.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void a_zero_baseline_has_no_percent_but_still_a_significance_test() {
        Diff d = change(new double[] {-1, 0, 1}, new double[] {5, 6, 7});
        assertThat(d.percent()).isEmpty();
        assertThat(d.p().getAsDouble()).isCloseTo(0.00182626, within(1e-8));
        assertThat(d.verdict()).isEqualTo(Verdict.BETTER);
    }

    @Test
    void a_failed_or_erroneous_test_gets_its_own_verdict_and_no_p_value() {
        Diff failed = change(ComparisonOptions.DEFAULTS, job(1, "a").test("g", "t", "", 10, 11, 12),
                job(2, "b").test("g", "t", "", t -> t.status(TestStatus.FAILED).scores(20, 21, 22)));
        assertThat(failed.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(failed.p()).isEmpty();
        assertThat(failed.percent().getAsDouble()).as("the change is still shown").isCloseTo(90.909091, within(1e-6));

        Diff errors = change(ComparisonOptions.DEFAULTS,
                job(1, "a").test("g", "t", "", t -> t.errors(3).scores(10, 11, 12)),
                job(2, "b").test("g", "t", "", 20, 21, 22));
        assertThat(errors.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(errors.p()).isEmpty();
    }

    @Test
    void a_failed_test_without_scores_is_failed_with_no_value_and_no_change() {
        Comparison c = compare(job(1, "a").test("g", "t", "", 10, 11, 12),
                job(2, "b").test("g", "t", "", t -> t.status(TestStatus.FAILED)));
        Cell failed = onlyRow(c).cells().get(1);
        assertThat(failed.state()).isEqualTo(CellState.FAILED);
        assertThat(failed.value()).isEmpty();
        assertThat(failed.diffs().get(0).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(failed.diffs().get(0).percent()).isEmpty();
        assertThat(onlyRow(c).verdict()).isEqualTo(RowVerdict.FAILED);
        assertThat(ComparisonText.value(failed, ValueKind.AVERAGE)).isEqualTo("failed");
    }

    @Test
    void a_missing_test_is_missing_not_zero() {
        Comparison c = compare(job(1, "a").test("g", "t", "", 10, 11, 12).test("g", "u", "", 1, 2, 3),
                job(2, "b").test("g", "u", "", 1, 2, 3));
        Row row = Jobs.rows(c).get(0);
        Cell missing = row.cells().get(1);
        assertThat(missing.state()).isEqualTo(CellState.MISSING);
        assertThat(missing.value()).isEmpty();
        assertThat(missing.testId()).isZero();
        Diff d = missing.diffs().get(0);
        assertThat(d.verdict()).isEqualTo(Verdict.MISSING);
        assertThat(d.percent()).isEmpty();
        assertThat(d.p()).isEmpty();
        assertThat(row.verdict()).isEqualTo(RowVerdict.MISSING);
    }

    @Test
    void a_test_without_scores_compares_as_missing() {
        Comparison c = compare(job(1, "a").test("g", "t", "", 10, 11, 12),
                job(2, "b").test("g", "t", "", t -> t.status(TestStatus.SKIPPED)));
        Cell skipped = onlyRow(c).cells().get(1);
        assertThat(skipped.state()).isEqualTo(CellState.NO_SCORES);
        assertThat(skipped.value()).isEmpty();
        assertThat(skipped.diffs().get(0).verdict()).isEqualTo(Verdict.MISSING);
    }

    @Test
    void jobs_that_disagree_on_the_direction_are_flagged_and_the_baselines_direction_is_used() {
        Diff d = change(ComparisonOptions.DEFAULTS,
                job(1, "a").test("g", "t", "", t -> t.lessBetter(true).scores(100, 101, 102, 103, 104)),
                job(2, "b").test("g", "t", "", t -> t.lessBetter(false).scores(110, 111, 112, 113, 114)));
        assertThat(d.directionConflict()).isTrue();
        assertThat(d.verdict()).as("less is better in the baseline, and the value rose").isEqualTo(Verdict.WORSE);
    }

    @Test
    void the_change_from_the_previous_job_is_judged_with_the_previous_jobs_direction() {
        Comparison c = compare(job(1, "a").test("g", "t", "", t -> t.lessBetter(true).scores(100, 101, 102)),
                job(2, "b").test("g", "t", "", t -> t.lessBetter(false).scores(100, 101, 102)),
                job(3, "c").test("g", "t", "", t -> t.lessBetter(false).scores(110, 111, 112, 113, 114)));
        List<Diff> diffs = onlyRow(c).cells().get(2).diffs();
        assertThat(diffs).extracting(Diff::against).containsExactly(0, 1);
        assertThat(diffs.get(0).verdict()).isEqualTo(Verdict.WORSE);
        assertThat(diffs.get(0).directionConflict()).isTrue();
        assertThat(diffs.get(1).verdict()).isEqualTo(Verdict.BETTER);
        assertThat(diffs.get(1).directionConflict()).isFalse();
    }

    @Test
    void benjamini_hochberg_adjusts_the_p_values_of_one_pair_of_jobs_together() {
        Jobs.Builder base = job(1, "a").test("g", "t1", "", 100, 101, 102, 99, 98)
                .test("g", "t2", "", 50, 51, 49, 50, 52).test("g", "t3", "", 10, 11, 9, 10, 12);
        Jobs.Builder current = job(2, "b").test("g", "t1", "", 103, 104, 102, 101, 102)
                .test("g", "t2", "", 50, 52, 49, 51, 50).test("g", "t3", "", 10.5, 11, 9.5, 10, 11.5);

        List<Row> corrected = Jobs.rows(compare(ComparisonOptions.DEFAULTS, base, current));
        Diff first = corrected.get(0).cells().get(1).diffs().get(0);
        assertThat(first.p().getAsDouble()).isCloseTo(0.0273293, within(1e-7));
        assertThat(first.pAdjusted().getAsDouble()).isCloseTo(0.0819878, within(1e-7));
        assertThat(first.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
        assertThat(corrected.get(2).cells().get(1).diffs().get(0).pAdjusted().getAsDouble())
                .isCloseTo(1.0, within(1e-9));

        Diff uncorrected = Jobs.rows(compare(UNCORRECTED, base, current)).get(0).cells().get(1).diffs().get(0);
        assertThat(uncorrected.pAdjusted().getAsDouble()).isCloseTo(0.0273293, within(1e-7));
        assertThat(uncorrected.verdict()).isEqualTo(Verdict.BETTER);
    }

    @Test
    void with_min_or_max_a_change_is_called_only_when_the_means_moved_the_same_way() {
        Jobs.Builder base = job(1, "a").test("g", "t", "", 10.0, 10.1, 10.2, 10.3);
        Jobs.Builder current = job(2, "b").test("g", "t", "", 9.9, 12.0, 12.1, 12.2, 12.3, 12.4);

        Diff average = change(ComparisonOptions.DEFAULTS, base, current);
        assertThat(average.p().getAsDouble()).isCloseTo(0.00725089, within(1e-8));
        assertThat(average.percent().getAsDouble()).isCloseTo(16.420361, within(1e-6));
        assertThat(average.verdict()).isEqualTo(Verdict.BETTER);

        Diff min = change(ComparisonOptions.DEFAULTS.withValues(ValueKind.MIN), base, current);
        assertThat(min.percent().getAsDouble()).isCloseTo(-1, within(1e-9));
        assertThat(min.verdict()).as("the minimum fell while the mean rose").isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);

        Diff max = change(ComparisonOptions.DEFAULTS.withValues(ValueKind.MAX), base, current);
        assertThat(max.percent().getAsDouble()).isCloseTo(20.388350, within(1e-6));
        assertThat(max.verdict()).isEqualTo(Verdict.BETTER);
    }
}
