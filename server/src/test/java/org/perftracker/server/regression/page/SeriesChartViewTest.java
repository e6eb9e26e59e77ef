package org.perftracker.server.regression.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.server.regression.RegressionViews;
import org.perftracker.server.regression.alert.AlertViews;

class SeriesChartViewTest {
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");

    /** Points {@code from..to-1} of a series, job id = index + 100, 100 ms before index 12 and 120 ms after. */
    private static List<RegressionViews.Point> points(int from, int to) {
        List<RegressionViews.Point> points = new ArrayList<>();
        for (int i = from; i < to; i++) {
            points.add(new RegressionViews.Point(i, 100 + i, "u" + i, i == 3 ? "" : "1.4.0-" + (500 + i),
                    FIRST.plusSeconds(3600L * i).toString(), i >= 12 ? 120.123456789 : 100.0, 1.0, 5));
        }
        return points;
    }

    private static RegressionViews.SeriesRow row() {
        return new RegressionViews.SeriesRow(9, 3, "web", "login latency", "", "ms", true, 20, "degradation_10", 20.1,
                100.0, 120.1, null, 1, FIRST.toString());
    }

    private static RegressionViews.ChangePointView change(int index, boolean settled) {
        return new RegressionViews.ChangePointView(index, 100 + index, "1.4.0-" + (500 + index), 100.0, 120.1, 20.1,
                1e-9, "regression", settled);
    }

    @Test
    void every_point_has_its_build_time_mean_spread_and_the_level_of_its_segment() {
        SeriesChartView v = SeriesChartView.of(new RegressionViews.SeriesChart(row(), 20, points(0, 20),
                List.of(change(12, true)), List.of()));
        assertThat(v.builds()).hasSize(20).startsWith("1.4.0-500", "1.4.0-501", "1.4.0-502", "job #103");
        assertThat(v.ends().get(1)).isEqualTo(FIRST.getEpochSecond() + 3600);
        assertThat(v.mean().get(12)).isEqualTo(120.123);
        assertThat(v.level().subList(10, 14)).containsExactly(100.0, 100.0, 120.1, 120.1);
        assertThat(v.unit()).isEqualTo("ms");
        assertThat(v.lessBetter()).isTrue();
    }

    @Test
    void a_change_point_is_placed_at_its_job_and_says_its_direction_change_and_alert_state() {
        AlertViews.Marker alert = new AlertViews.Marker(5, 112, "regression", "acknowledged", true);
        SeriesChartView v = SeriesChartView.of(new RegressionViews.SeriesChart(row(), 20, points(0, 20),
                List.of(change(12, true)), List.of(alert)));
        assertThat(v.changes()).containsExactly(new SeriesChartView.Change(12, "▼ +20% acknowledged", "regression",
                "acknowledged", true, 5, 100.0, 120.1));
    }

    @Test
    void an_unsettled_change_point_says_so_and_one_before_the_points_drawn_is_left_out() {
        SeriesChartView v = SeriesChartView.of(new RegressionViews.SeriesChart(row(), 40, points(10, 20),
                List.of(change(5, true), change(18, false)), List.of()));
        assertThat(v.first()).isEqualTo(10);
        assertThat(v.total()).isEqualTo(40);
        assertThat(v.changes()).extracting(SeriesChartView.Change::at).containsExactly(8);
        assertThat(v.changes().get(0).label()).isEqualTo("▼ +20% unconfirmed");
        assertThat(v.level()).first().isEqualTo(120.1);
    }

    @Test
    void without_change_points_there_are_no_levels_and_the_json_reads_back() throws Exception {
        SeriesChartView v = SeriesChartView.of(new RegressionViews.SeriesChart(row(), 20, points(0, 20), List.of(),
                List.of()));
        assertThat(v.level()).isEmpty();
        assertThat(new ObjectMapper().readTree(v.json(new ObjectMapper())).get("builds")).hasSize(20);
    }
}
