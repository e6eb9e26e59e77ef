package org.perftracker.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.perftracker.core.comparison.Jobs.compare;
import static org.perftracker.core.comparison.Jobs.job;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.core.upload.TestStatus;

class ChartChoiceTest {

    private static Jobs.Builder scaling(long id, String... categories) {
        Jobs.Builder b = job(id, "job " + id);
        for (int i = 0; i < categories.length; i++) {
            b.test("g", "Home page", categories[i], 100 * (i + 1), 100 * (i + 1) + 2);
        }
        return b;
    }

    private static double[] ys(Trend trend) {
        return trend.points().stream().mapToDouble(TrendPoint::y).toArray();
    }

    private static Section onlySection(Comparison c) {
        return c.groups().get(0).sections().get(0);
    }

    private static Chart chart(ComparisonOptions options, Jobs.Builder... jobs) {
        return onlySection(compare(options, jobs)).chart();
    }

    @Test
    void auto_draws_a_line_over_three_or_more_numeric_categories_sorted_by_number() {
        Chart chart = chart(ComparisonOptions.DEFAULTS,
                scaling(1, "2 parallel clients", "8 parallel clients", "4 parallel clients"));
        assertThat(chart.kind()).isEqualTo(ChartKind.LINE);
        assertThat(chart.xAxisName()).isEqualTo("parallel clients");
        assertThat(chart.categories()).containsExactly("2", "4", "8");
        assertThat(chart.x()).containsExactly(2.0, 4.0, 8.0);
        assertThat(chart.yAxisName()).isEqualTo("pages/s");
        assertThat(chart.series().get(0).points()).extracting(Point::category, Point::y)
                .containsExactly(tuple(0, 101.0), tuple(1, 301.0), tuple(2, 201.0));
    }

    @Test
    void auto_draws_bars_over_words_or_fewer_than_three_numbers() {
        assertThat(chart(ComparisonOptions.DEFAULTS, scaling(1, "read", "write", "mixed")).kind())
                .isEqualTo(ChartKind.BAR);
        assertThat(chart(ComparisonOptions.DEFAULTS, scaling(1, "2 clients", "4 clients")).kind())
                .isEqualTo(ChartKind.BAR);
    }

    @Test
    void a_section_of_mixed_tags_or_units_gets_no_chart_whatever_the_type_and_shows_its_table() {
        Jobs.Builder mixedTags = job(1, "a").test("g", "login", "", 1, 2).test("g", "logout", "", 1, 2);
        Section mixed = onlySection(compare(ComparisonOptions.DEFAULTS.withCharts(ChartType.LINE)
                .withTables(TableMode.HIDE), mixedTags));
        assertThat(mixed.chart()).isEqualTo(Chart.NONE);
        assertThat(mixed.tableShown()).isTrue();

        Jobs.Builder mixedUnits = job(1, "a").test("g", "t", "1 client", t -> t.metrics("ms").scores(1))
                .test("g", "t", "2 clients", t -> t.metrics("s").scores(1));
        assertThat(chart(ComparisonOptions.DEFAULTS.withCharts(ChartType.BAR), mixedUnits)).isEqualTo(Chart.NONE);
    }

    @Test
    void a_single_test_without_category_is_a_bar_per_job_labelled_by_its_tag() {
        Chart chart = chart(ComparisonOptions.DEFAULTS, job(1, "a").test("g", "login", "", 1, 2),
                job(2, "b").test("g", "login", "", 3, 4));
        assertThat(chart.kind()).isEqualTo(ChartKind.BAR);
        assertThat(chart.categories()).containsExactly("login");
        assertThat(chart.series()).hasSize(2);
    }

    @Test
    void explicit_types_draw_what_they_name() {
        Jobs.Builder words = scaling(1, "read", "write", "mixed");
        Chart line = chart(ComparisonOptions.DEFAULTS.withCharts(ChartType.LINE), words);
        assertThat(line.kind()).isEqualTo(ChartKind.LINE);
        assertThat(line.numeric()).isFalse();
        assertThat(line.x()).containsExactly(0.0, 1.0, 2.0);

        Chart bars = chart(ComparisonOptions.DEFAULTS.withCharts(ChartType.BAR),
                scaling(1, "8 clients", "2 clients", "4 clients"));
        assertThat(bars.kind()).isEqualTo(ChartKind.BAR);
        assertThat(bars.categories()).containsExactly("2", "4", "8");
        assertThat(bars.trend()).isFalse();
        assertThat(bars.series().get(0).trend()).isEqualTo(Trend.NONE);

        assertThat(chart(ComparisonOptions.DEFAULTS.withCharts(ChartType.NONE), words)).isEqualTo(Chart.NONE);
    }

    @Test
    void a_line_trend_is_a_cubic_in_the_numeric_x_matching_numpy() {
        // numpy: x = [1, 2, 4, 8, 16, 32], y = [100, 190, 350, 600, 820, 900]
        // np.polyval(np.polyfit(x, y, 3), x) → [97.29977678, 191.04398165, 354.58213751, 596.2371526, 820.89974734,
        //                                         899.93720411]
        double[] y = {100, 190, 350, 600, 820, 900};
        String[] categories = {"1 clients", "2 clients", "4 clients", "8 clients", "16 clients", "32 clients"};
        Jobs.Builder b = job(1, "a");
        for (int i = 0; i < y.length; i++) {
            b.test("g", "t", categories[i], y[i]);
        }
        Chart chart = chart(ComparisonOptions.DEFAULTS.withCharts(ChartType.LINE_TREND), b);
        Trend trend = chart.series().get(0).trend();
        assertThat(chart.trend()).isTrue();
        assertThat(trend.degree()).isEqualTo(3);
        assertThat(ys(trend)).containsExactly(new double[] {97.29977678, 191.04398165, 354.58213751, 596.2371526,
                820.89974734, 899.93720411}, within(1e-6));
    }

    @Test
    void a_bar_trend_is_a_straight_line_over_the_category_index_and_skips_failed_points() {
        // numpy: np.polyval(np.polyfit([0, 1, 2, 3], [10, 12, 11, 15], 1), [0, 1, 2, 3]) → [9.9, 11.3, 12.7, 14.1]
        //        np.polyval(np.polyfit([0, 1, 3], [10, 12, 15], 1), [0, 1, 2, 3])
        //          → [10.14285714, 11.78571429, 13.42857143, 15.07142857]
        Jobs.Builder clean = job(1, "a").test("g", "t", "small", 10).test("g", "t", "medium", 12)
                .test("g", "t", "large", 11).test("g", "t", "huge", 15);
        Jobs.Builder failing = job(2, "b").test("g", "t", "small", 10).test("g", "t", "medium", 12)
                .test("g", "t", "large", t -> t.status(TestStatus.FAILED).scores(11)).test("g", "t", "huge", 15);
        Chart chart = chart(ComparisonOptions.DEFAULTS.withCharts(ChartType.BAR_TREND), clean, failing);
        assertThat(chart.kind()).isEqualTo(ChartKind.BAR);
        Trend first = chart.series().get(0).trend();
        assertThat(first.degree()).isEqualTo(1);
        assertThat(ys(first)).containsExactly(new double[] {9.9, 11.3, 12.7, 14.1}, within(1e-9));
        Series second = chart.series().get(1);
        assertThat(second.points().get(2).failed()).isTrue();
        assertThat(ys(second.trend())).containsExactly(
                new double[] {10.14285714, 11.78571429, 13.42857143, 15.07142857}, within(1e-8));
    }

    @Test
    void a_trend_needs_two_points_and_is_not_extrapolated_past_them() {
        Chart chart = chart(ComparisonOptions.DEFAULTS.withCharts(ChartType.LINE_TREND),
                scaling(1, "2 clients", "4 clients", "8 clients"),
                job(2, "b").test("g", "Home page", "2 clients", 1).test("g", "Home page", "4 clients", 2),
                job(3, "c").test("g", "Home page", "4 clients", 1));
        assertThat(chart.series().get(1).trend().points()).extracting(TrendPoint::category).containsExactly(0, 1);
        assertThat(chart.series().get(2).trend()).isEqualTo(Trend.NONE);
    }

    @Test
    void missing_tests_leave_gaps_and_failed_ones_are_marked() {
        Chart chart = chart(ComparisonOptions.DEFAULTS, scaling(1, "2 clients", "4 clients", "8 clients"),
                job(2, "b").test("g", "Home page", "8 clients", t -> t.errors(2).scores(5))
                        .test("g", "Home page", "2 clients", 7));
        List<Point> points = chart.series().get(1).points();
        assertThat(points).extracting(Point::category).containsExactly(0, 2);
        assertThat(points.get(1).failed()).isTrue();
        assertThat(points.get(1).errors()).isEqualTo(2);
        assertThat(points.get(0).testId()).isEqualTo(2002);
    }

    @Test
    void error_bars_are_the_95_percent_confidence_half_width_of_the_mean() {
        // scores 110.2, 112.9, 111.4: stddev 1.352775, t(0.975, 2) = 4.302653 → 3.360479
        Chart chart = chart(ComparisonOptions.DEFAULTS, job(1, "a").test("g", "t", "", 110.2, 112.9, 111.4));
        assertThat(chart.series().get(0).points().get(0).spread()).isCloseTo(3.360479, within(1e-6));
    }

    @Test
    void auto_tables_hide_behind_a_chart_of_more_than_five_rows() {
        Section six = onlySection(compare(scaling(1, "1 c", "2 c", "3 c", "4 c", "5 c", "6 c")));
        assertThat(six.chart().kind()).isEqualTo(ChartKind.LINE);
        assertThat(six.tableShown()).isFalse();
        Section five = onlySection(compare(scaling(1, "1 c", "2 c", "3 c", "4 c", "5 c")));
        assertThat(five.tableShown()).isTrue();
    }

    @Test
    void explicit_table_modes_are_respected_for_charted_sections() {
        Jobs.Builder six = scaling(1, "1 c", "2 c", "3 c", "4 c", "5 c", "6 c");
        assertThat(onlySection(compare(ComparisonOptions.DEFAULTS.withTables(TableMode.SHOW), six)).tableShown())
                .isTrue();
        Jobs.Builder two = scaling(1, "1 c", "2 c");
        assertThat(onlySection(compare(ComparisonOptions.DEFAULTS.withTables(TableMode.HIDE), two)).tableShown())
                .isFalse();
    }
}
