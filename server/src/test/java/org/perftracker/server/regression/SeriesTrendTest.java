package org.perftracker.server.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeriesTrendTest {
    private static SeriesChangePoint change(int index, long job, double before, double after) {
        return new SeriesChangePoint(index, job, before, after, 1e-6, true);
    }

    @Test
    void a_series_without_change_points_has_not_moved() {
        assertThat(SeriesTrend.of(List.of(), true, Set.of())).isEqualTo(SeriesTrend.NONE);
    }

    @Test
    void the_trend_compares_the_current_level_with_the_first_one_in_the_tests_direction() {
        List<SeriesChangePoint> up = List.of(change(10, 1, 100, 120));
        assertThat(SeriesTrend.of(up, true, Set.of()).trendClass()).isEqualTo(TrendClass.DEGRADATION_10);
        assertThat(SeriesTrend.of(up, false, Set.of()).trendClass()).isEqualTo(TrendClass.IMPROVEMENT_10);
        List<SeriesChangePoint> twice = List.of(change(10, 1, 100, 130), change(30, 2, 130, 160));
        SeriesTrend trend = SeriesTrend.of(twice, true, Set.of());
        assertThat(trend.change()).isEqualTo(0.6);
        assertThat(trend.trendClass()).isEqualTo(TrendClass.DEGRADATION_50);
        List<SeriesChangePoint> fixed = List.of(change(10, 1, 100, 130), change(30, 2, 130, 101));
        assertThat(SeriesTrend.of(fixed, true, Set.of()).trendClass()).isEqualTo(TrendClass.NONE);
    }

    @Test
    void a_change_accepted_as_the_baseline_moves_the_baseline() {
        List<SeriesChangePoint> twice = List.of(change(10, 1, 100, 130), change(30, 2, 130, 160));
        SeriesTrend trend = SeriesTrend.of(twice, true, Set.of(1L));
        assertThat(trend.baselineLevel()).isEqualTo(130);
        assertThat(trend.trendClass()).isEqualTo(TrendClass.DEGRADATION_10);
        assertThat(SeriesTrend.of(twice, true, Set.of(2L)).trendClass()).isEqualTo(TrendClass.NONE);
    }

    @Test
    void a_change_point_not_yet_settled_does_not_count() {
        List<SeriesChangePoint> tentative = List.of(new SeriesChangePoint(14, 1, 100, 120, 1e-6, false));
        assertThat(SeriesTrend.of(tentative, true, Set.of())).isEqualTo(SeriesTrend.NONE);
    }

    @Test
    void classes_follow_the_reference_thresholds() {
        assertThat(TrendClass.of(-0.6, false)).isEqualTo(TrendClass.DEGRADATION_50);
        assertThat(TrendClass.of(-0.2, false)).isEqualTo(TrendClass.DEGRADATION_10);
        assertThat(TrendClass.of(0.05, false)).isEqualTo(TrendClass.NONE);
        assertThat(TrendClass.of(0.2, false)).isEqualTo(TrendClass.IMPROVEMENT_10);
        assertThat(TrendClass.of(0.6, false)).isEqualTo(TrendClass.IMPROVEMENT_50);
    }
}
