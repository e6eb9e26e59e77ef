package org.perftracker.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.perftracker.core.comparison.Jobs.compare;
import static org.perftracker.core.comparison.Jobs.job;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every option changes the result it names. */
class ComparisonOptionsTest {
    private static final ComparisonOptions DEFAULTS = ComparisonOptions.DEFAULTS;

    private static Jobs.Builder[] scalingJobs() {
        return new Jobs.Builder[] {
            job(1, "a").test("g", "t", "2 clients", 100, 110, 120).test("g", "t", "4 clients", 200, 210, 220)
                    .test("g", "t", "8 clients", 300, 310, 320),
            job(2, "b").test("g", "t", "2 clients", 105, 115, 125).test("g", "t", "4 clients", 190, 200, 210)
                    .test("g", "t", "8 clients", 330, 340, 350)};
    }

    private static Section section(ComparisonOptions options, Jobs.Builder... jobs) {
        return compare(options, jobs).groups().get(0).sections().get(0);
    }

    @Test
    void the_defaults_are_automatic_all_tests_averages_and_five_percent() {
        assertThat(DEFAULTS).isEqualTo(new ComparisonOptions(ChartType.AUTO, TableMode.AUTO, TestFilter.ALL,
                ValueKind.AVERAGE, 0.05, MultipleTesting.BENJAMINI_HOCHBERG, 5));
    }

    @Test
    void chart_type_changes_the_chart() {
        assertThat(section(DEFAULTS, scalingJobs()).chart().kind()).isEqualTo(ChartKind.LINE);
        assertThat(section(DEFAULTS.withCharts(ChartType.NONE), scalingJobs()).chart().kind())
                .isEqualTo(ChartKind.NONE);
        assertThat(section(DEFAULTS.withCharts(ChartType.BAR), scalingJobs()).chart().kind())
                .isEqualTo(ChartKind.BAR);
        Chart barTrend = section(DEFAULTS.withCharts(ChartType.BAR_TREND), scalingJobs()).chart();
        assertThat(barTrend.trend()).isTrue();
        assertThat(barTrend.series().get(0).trend().degree()).isEqualTo(1);
        Chart lineTrend = section(DEFAULTS.withCharts(ChartType.LINE_TREND), scalingJobs()).chart();
        assertThat(lineTrend.kind()).isEqualTo(ChartKind.LINE);
        assertThat(lineTrend.series().get(0).trend().degree()).isEqualTo(2);
    }

    @Test
    void table_mode_changes_whether_tables_show() {
        assertThat(section(DEFAULTS, scalingJobs()).tableShown()).isTrue();
        assertThat(section(DEFAULTS.withTables(TableMode.HIDE), scalingJobs()).tableShown()).isFalse();
        assertThat(section(DEFAULTS.withCharts(ChartType.NONE).withTables(TableMode.HIDE), scalingJobs())
                .tableShown()).as("a section without a chart always shows its table").isTrue();
    }

    @Test
    void test_filter_drops_rows_with_warnings_or_errors_and_counts_them() {
        Jobs.Builder[] jobs = {
            job(1, "a").test("g", "clean", "", 1, 2).test("g", "warned", "", t -> t.warnings(1).scores(1, 2))
                    .test("g", "erred", "", 1, 2),
            job(2, "b").test("g", "clean", "", 1, 2).test("g", "warned", "", 1, 2)
                    .test("g", "erred", "", t -> t.errors(2).scores(1, 2))};
        Comparison all = compare(DEFAULTS, jobs);
        assertThat(Jobs.rows(all)).extracting(Row::tag).containsExactly("clean", "warned", "erred");
        assertThat(all.hiddenRows()).isZero();

        Comparison withoutErrors = compare(DEFAULTS.withTests(TestFilter.WITHOUT_ERRORS), jobs);
        assertThat(Jobs.rows(withoutErrors)).extracting(Row::tag).containsExactly("clean", "warned");
        assertThat(withoutErrors.hiddenRows()).isEqualTo(1);

        Comparison withoutWarnings = compare(DEFAULTS.withTests(TestFilter.WITHOUT_WARNINGS), jobs);
        assertThat(Jobs.rows(withoutWarnings)).extracting(Row::tag).containsExactly("clean");
        assertThat(withoutWarnings.hiddenRows()).isEqualTo(2);
        assertThat(withoutWarnings.counts().total()).isEqualTo(1);
    }

    @Test
    void a_filter_that_empties_a_section_or_group_removes_it() {
        Comparison c = compare(DEFAULTS.withTests(TestFilter.WITHOUT_ERRORS),
                job(1, "a").test("g1", "t", "", t -> t.errors(1).scores(1)).test("g2", "t", "", 1));
        assertThat(c.groups()).extracting(Group::name).containsExactly("g2");
    }

    @Test
    void value_kind_changes_the_value_the_change_and_the_chart() {
        Jobs.Builder base = job(1, "a").test("g", "t", "", 100, 110, 120);
        Jobs.Builder current = job(2, "b").test("g", "t", "", 90, 115, 140);

        Row average = Jobs.onlyRow(compare(DEFAULTS, base, current));
        assertThat(average.cells().get(0).value().getAsDouble()).isEqualTo(110);
        assertThat(average.cells().get(1).diffs().get(0).percent().getAsDouble())
                .isCloseTo(4.545455, within(1e-6));
        assertThat(average.cells().get(0).spread()).as("95% CI of the mean").isCloseTo(24.841377, within(1e-6));

        Row min = Jobs.onlyRow(compare(DEFAULTS.withValues(ValueKind.MIN), base, current));
        assertThat(min.cells().get(0).value().getAsDouble()).isEqualTo(100);
        assertThat(min.cells().get(1).diffs().get(0).percent().getAsDouble()).isCloseTo(-10, within(1e-9));
        assertThat(min.cells().get(0).spread()).isZero();

        Comparison max = compare(DEFAULTS.withValues(ValueKind.MAX), base, current);
        Row maxRow = Jobs.onlyRow(max);
        assertThat(maxRow.cells().get(1).value().getAsDouble()).isEqualTo(140);
        assertThat(maxRow.cells().get(1).diffs().get(0).percent().getAsDouble())
                .isCloseTo(16.666667, within(1e-6));
        assertThat(max.groups().get(0).sections().get(0).chart().series().get(1).points().get(0).y())
                .isEqualTo(140);
    }

    @Test
    void alpha_changes_what_is_significant() {
        // scipy: ttest_ind([12, 13, 14], [10, 11, 12], equal_var=False).pvalue = 0.070484
        Jobs.Builder base = job(1, "a").test("g", "t", "", 10, 11, 12);
        Jobs.Builder current = job(2, "b").test("g", "t", "", 12, 13, 14);
        assertThat(Jobs.vsBaseline(compare(DEFAULTS, base, current), 1).verdict())
                .isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
        assertThat(Jobs.vsBaseline(compare(DEFAULTS.withAlpha(0.1), base, current), 1).verdict())
                .isEqualTo(Verdict.BETTER);
    }

    @Test
    void the_likely_threshold_changes_single_score_verdicts() {
        Jobs.Builder base = job(1, "a").test("g", "t", "", 100);
        Jobs.Builder current = job(2, "b").test("g", "t", "", 104);
        assertThat(Jobs.vsBaseline(compare(DEFAULTS, base, current), 1).verdict())
                .isEqualTo(Verdict.NO_VARIANCE_INFORMATION);
        assertThat(Jobs.vsBaseline(compare(DEFAULTS.withLikelyThresholdPercent(3), base, current), 1).verdict())
                .isEqualTo(Verdict.LIKELY_BETTER);
    }

    @Test
    void multiple_testing_correction_can_be_turned_off() {
        Jobs.Builder base = job(1, "a").test("g", "t1", "", 100, 101, 102, 99, 98)
                .test("g", "t2", "", 50, 51, 49, 50, 52);
        Jobs.Builder current = job(2, "b").test("g", "t1", "", 103, 104, 102, 101, 102)
                .test("g", "t2", "", 50, 52, 49, 51, 50);
        List<Row> corrected = Jobs.rows(compare(DEFAULTS, base, current));
        List<Row> raw = Jobs.rows(compare(DEFAULTS.withMultipleTesting(MultipleTesting.NONE), base, current));
        assertThat(corrected.get(0).verdict()).isEqualTo(RowVerdict.NO_SIGNIFICANT_CHANGE);
        assertThat(raw.get(0).verdict()).isEqualTo(RowVerdict.IMPROVEMENT);
    }

    @Test
    void impossible_levels_are_refused_and_missing_choices_default() {
        assertThatThrownBy(() -> DEFAULTS.withAlpha(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.withAlpha(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.withLikelyThresholdPercent(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ComparisonOptions(null, null, null, null, 0.01, null, 10).charts()).isEqualTo(ChartType.AUTO);
    }
}
