package org.perftracker.core.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.core.stats.StudentT;

class WindowSegmenterTest {

    @Test
    void the_javadoc_example_finds_the_step_of_a_twelve_point_window() {
        ChangePointDetector.Config config = ChangePointDetector.Config.defaults().withMinSegment(3).withWindowSize(12);
        double[] z = {5, 5, 5, 5, 5, 5, 9, 9, 9, 9, 9, 9};
        List<ChangePoint> found = new WindowSegmenter(config).changePoints(z, 0, z.length);
        assertThat(found).containsExactly(new ChangePoint(6, 5, 9, 0.8, 0));
    }

    @Test
    void a_window_of_a_hundred_is_charged_for_four_thousand_and_five_splits() {
        // K = 100 − 12 + 1 = 89 positions for τ, M = 89 · 90 / 2
        assertThat(WindowSegmenter.splitsExamined(100, 6)).isEqualTo(4005);
        // so α = 0.001 needs a raw two-sided p below 2.5e-7: |t| above 5.58 at 90 degrees of freedom
        assertThat(StudentT.twoSidedP(5.5811, 90) * 4005).isCloseTo(0.001, within(1e-6));
    }

    @Test
    void indexes_and_levels_are_those_of_the_series_not_the_window() {
        ChangePointDetector.Config config = ChangePointDetector.Config.defaults();
        double[] z = new double[300];
        for (int i = 0; i < z.length; i++) {
            z[i] = (i < 240 ? 20 : 30) + (i % 2 == 0 ? 0.1 : -0.1);
        }
        List<ChangePoint> found = new WindowSegmenter(config).changePoints(z, 200, 300);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).index()).isEqualTo(240);
        assertThat(found.get(0).meanBefore()).isCloseTo(20, within(1e-9));
        assertThat(found.get(0).meanAfter()).isCloseTo(30, within(1e-9));
    }

    @Test
    void a_change_below_the_minimum_is_dropped_in_the_strong_pass_while_its_neighbour_stays() {
        ChangePointDetector.Config config = ChangePointDetector.Config.defaults();
        double[] z = new double[100];
        for (int i = 0; i < z.length; i++) {
            z[i] = (i < 30 ? 100 : i < 60 ? 100.5 : 120) + (i % 2 == 0 ? 0.01 : -0.01);
        }
        assertThat(new WindowSegmenter(config).changePoints(z, 0, 100)).extracting(ChangePoint::index)
                .containsExactly(60);
    }
}
