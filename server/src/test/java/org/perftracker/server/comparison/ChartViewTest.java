package org.perftracker.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.perftracker.core.comparison.ChartType;
import org.perftracker.core.comparison.Comparison;
import org.perftracker.core.comparison.ComparisonOptions;
import org.perftracker.core.comparison.Section;

class ChartViewTest {
    private static Section section(ComparisonOptions options, int... clients) {
        Compared base = Compared.job(1, "Nightly 1.0");
        Compared next = Compared.job(2, "Nightly 1.1");
        for (int c : clients) {
            base.test("Latency", "login", c + " clients", 10 + c, 11 + c, 12 + c);
            next.test("Latency", "login", c + " clients", t -> t.scores(20 + c).errors(c == clients[0] ? 1 : 0));
        }
        Comparison comparison = Compared.compare(options, base, next);
        return comparison.groups().get(0).sections().get(0);
    }

    @Test
    void numbers_doubling_from_1_to_64_get_a_log_axis_named_by_their_common_suffix() throws Exception {
        ChartView chart = ChartView.of(section(ComparisonOptions.DEFAULTS, 64, 1, 2, 4, 8, 16, 32).chart());
        assertThat(chart.kind()).isEqualTo("line");
        assertThat(chart.axis()).isEqualTo("log");
        assertThat(chart.xName()).isEqualTo("clients");
        assertThat(chart.categories()).containsExactly("1", "2", "4", "8", "16", "32", "64");
        assertThat(chart.x()).containsExactly(1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0);
        assertThat(chart.yName()).isEqualTo("ms");
        assertThat(chart.lessBetter()).isTrue();
        JsonNode json = new ObjectMapper().readTree(chart.json(new ObjectMapper()));
        JsonNode base = json.get("series").get(0);
        assertThat(base.get("name").asText()).isEqualTo("#1: 1.0");
        // category 0 ("1"), mean 12 ms, error bar t(0.975, 2) × 1 / √3 = 2.484 ms, not failed
        assertThat(base.get("points").get(0).get(0).asInt()).isZero();
        assertThat(base.get("points").get(0).get(1).asDouble()).isEqualTo(12.0);
        assertThat(base.get("points").get(0).get(2).asDouble()).isCloseTo(2.484, within(0.001));
        assertThat(base.get("points").get(0).get(3).asInt()).isZero();
        JsonNode failedFirst = json.get("series").get(1).get("points").get(6);
        assertThat(failedFirst.get(1).asDouble()).isEqualTo(84.0);
        assertThat(failedFirst.get(3).asInt()).isEqualTo(1);
        assertThat(json.get("series").get(1).get("trend")).isEmpty();
    }

    @Test
    void a_narrow_range_of_numbers_gets_a_linear_axis_and_bars_get_categories() {
        assertThat(ChartView.of(section(ComparisonOptions.DEFAULTS, 100, 200, 300).chart()).axis()).isEqualTo("value");
        ChartView bars = ChartView.of(section(ComparisonOptions.DEFAULTS, 1, 2).chart());
        assertThat(bars.kind()).isEqualTo("bar");
        assertThat(bars.axis()).isEqualTo("category");
    }

    @Test
    void a_trend_is_carried_per_job_when_asked_for() {
        ChartView chart = ChartView.of(section(ComparisonOptions.DEFAULTS.withCharts(ChartType.LINE_TREND), 1, 2, 4,
                8).chart());
        assertThat(chart.series().get(0).trend()).hasSize(4);
        assertThat(chart.series().get(0).trend().get(0)[0]).isEqualTo(0);
    }

    @Test
    void a_section_without_a_chart_has_no_chart_view() {
        Section mixed = section(ComparisonOptions.DEFAULTS.withCharts(ChartType.NONE), 1, 2, 4);
        assertThatThrownBy(() -> ChartView.of(mixed.chart())).isInstanceOf(IllegalArgumentException.class);
    }
}
