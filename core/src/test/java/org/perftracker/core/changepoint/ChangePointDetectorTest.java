package org.perftracker.core.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.perftracker.core.changepoint.SeriesBuilder.Noise;

/** Toy series with obvious shifts and exact indexes, then seeded noisy ones. */
class ChangePointDetectorTest {
    private final ChangePointDetector detector = new ChangePointDetector(ChangePointDetector.Config.defaults());

    private static double[] concat(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }

    private static double[] repeat(double value, int times) {
        double[] a = new double[times];
        Arrays.fill(a, value);
        return a;
    }

    @Test
    void the_javadoc_example_has_one_change_at_twenty() {
        Detection d = detector.detect(concat(repeat(100, 20), repeat(110, 20)));
        assertThat(d.changePoints()).containsExactly(new ChangePoint(20, 100, 110, 0.1, 0));
        assertThat(d.seriesLength()).isEqualTo(40);
    }

    @Test
    void a_flat_series_has_no_change() {
        assertThat(detector.detect(repeat(42, 500)).changePoints()).isEmpty();
    }

    @Test
    void steps_up_and_down_are_found_at_their_first_point() {
        double[] z = concat(repeat(10, 30), repeat(12, 45), repeat(9, 25), repeat(9.5, 60));
        assertThat(detector.detect(z).indexes()).containsExactly(30, 75, 100);
    }

    @Test
    void a_regression_fixed_twelve_builds_later_is_two_changes() {
        double[] z = concat(repeat(50, 40), repeat(60, 12), repeat(50, 40));
        assertThat(detector.detect(z).indexes()).containsExactly(40, 52);
    }

    @Test
    void the_windowed_walk_finds_changes_far_apart_in_a_long_series() {
        double[] z = concat(repeat(1, 700), repeat(2, 900), repeat(1.5, 1400));
        assertThat(detector.detect(z).indexes()).containsExactly(700, 1600);
    }

    @Test
    void a_single_spike_is_not_a_change() {
        double[] z = SeriesBuilder.seed(3).noise(Noise.GAUSS, 0.01).level(100, 200).build();
        z[77] = 250;
        z[150] = 180;
        z[151] = 190;
        assertThat(detector.detect(z).changePoints()).isEmpty();
    }

    @Test
    void a_shift_smaller_than_the_minimum_relative_change_is_ignored() {
        double[] z = concat(repeat(100, 50), repeat(100.9, 50));
        assertThat(detector.detect(z).changePoints()).isEmpty();
        ChangePointDetector sensitive = new ChangePointDetector(
                ChangePointDetector.Config.defaults().withMinRelativeChange(0.005));
        assertThat(sensitive.detect(z).indexes()).containsExactly(50);
    }

    @Test
    void a_seeded_noisy_step_of_three_percent_is_found_within_three_builds() {
        // cv 1%, step 3%: snr 3, the lowest bucket of the labelled set
        double[] z = SeriesBuilder.seed(20261126).noise(Noise.GAUSS, 0.01).level(250, 180).level(257.5, 120).build();
        Detection d = detector.detect(z);
        assertThat(d.changePoints()).hasSize(1);
        ChangePoint c = d.changePoints().get(0);
        assertThat(c.index()).isBetween(177, 183);
        assertThat(c.relativeChange()).isCloseTo(0.03, within(0.005));
        assertThat(c.pValue()).isLessThan(0.001);
    }

    @Test
    void heavy_tails_spikes_and_a_second_mode_raise_no_alert() {
        for (Noise noise : Noise.values()) {
            for (double cv : new double[] {0.005, 0.02, 0.05}) {
                double[] z = SeriesBuilder.seed(11).noise(noise, cv).level(1000, 3000).build();
                assertThat(detector.detect(z).changePoints()).as("%s noise, cv %s", noise, cv).isEmpty();
            }
        }
    }

    @Test
    void shifts_are_found_through_heavy_tails_spikes_and_a_second_mode() {
        for (Noise noise : Noise.values()) {
            double[] z = SeriesBuilder.seed(5).noise(noise, 0.02).level(40, 150).level(44, 150).level(42, 150)
                    .build();
            Detection d = detector.detect(z);
            assertThat(d.indexes()).as("%s noise", noise).hasSize(2);
            assertThat(d.indexes().get(0)).isBetween(147, 153);
            assertThat(d.indexes().get(1)).isBetween(297, 303);
        }
    }

    @Test
    void the_false_alarm_rate_per_point_does_not_grow_with_the_length() {
        // 120,000 points of no-change series per length; α / step bounds the rate at 0.02 per 1,000 points
        for (int length : new int[] {200, 2_000, 20_000}) {
            int alarms = 0;
            for (int i = 0; i < 120_000 / length; i++) {
                Noise noise = Noise.values()[i % Noise.values().length];
                double[] z = SeriesBuilder.seed(1000 + i).noise(noise, 0.01).level(10, length).build();
                alarms += detector.detect(z).changePoints().size();
            }
            assertThat(alarms).as("false alarms on 120,000 points in series of %d", length).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void a_series_too_short_for_two_segments_has_no_change_and_nothing_final() {
        Detection d = detector.detect(new double[] {1, 1, 1, 9, 9, 9, 9, 9, 9, 9, 9});
        assertThat(d.changePoints()).isEmpty();
        assertThat(d.resumeIndex()).isZero();
        assertThat(detector.detect(new double[0]).changePoints()).isEmpty();
    }

    @Test
    void values_that_are_not_finite_are_rejected() {
        assertThatThrownBy(() -> detector.detect(new double[] {1, Double.NaN, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("series value 1 is NaN");
    }

    @Test
    void settings_are_validated_with_the_rule_they_break() {
        ChangePointDetector.Config defaults = ChangePointDetector.Config.defaults();
        assertThatThrownBy(() -> defaults.withWindowSize(20)).hasMessageContaining("at least 4 × minSegment = 24");
        assertThatThrownBy(() -> defaults.withMinSegment(2)).hasMessageContaining("at least 3");
        assertThatThrownBy(() -> defaults.withPValue(0)).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> defaults.withMinRelativeChange(-0.1)).hasMessageContaining(">= 0");
    }
}
