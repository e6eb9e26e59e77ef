package org.perftracker.core.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The provisional check of a series' newest points; p-values computed independently with scipy.stats.t. */
class TailCheckTest {

    @Test
    void one_new_point_far_above_a_quiet_baseline_is_suspect_with_the_prediction_p_value() {
        double[] series = {100, 101, 99, 100, 100, 110};
        TailCheck.Suspect s = TailCheck.check(series, 5, 6, 0, 100, 0.001, 0.01).orElseThrow();
        assertThat(s.meanBefore()).isEqualTo(100);
        assertThat(s.meanAfter()).isEqualTo(110);
        assertThat(s.relativeChange()).isCloseTo(0.10, within(1e-12));
        // t = 10 / (0.7071 · √(1 + 1/5)) = 12.910, ν = 4: 2 · t.sf(12.910, 4)
        assertThat(s.pValue()).isCloseTo(2.0763e-4, within(1e-7));
        assertThat(s.baselinePoints()).isEqualTo(5);
        assertThat(s.tailPoints()).isEqualTo(1);
    }

    @Test
    void a_tail_of_several_points_is_tested_by_its_mean_against_the_baselines_spread() {
        double[] series = {10, 11, 9, 10, 10, 11, 9, 10, 12, 12.5, 11.5};
        // t = 3.908, ν = 7: p = 0.005838
        assertThat(TailCheck.check(series, 8, 11, 0, 100, 0.01, 0.01).orElseThrow().pValue())
                .isCloseTo(0.0058382, within(1e-6));
        assertThat(TailCheck.check(series, 8, 11, 0, 100, 0.005, 0.01)).as("not at a stricter alpha").isEmpty();
    }

    @Test
    void a_tail_within_the_noise_or_below_the_minimum_change_is_not_suspect() {
        assertThat(TailCheck.check(new double[] {50, 52, 48, 51, 49, 50, 49.5, 50.5}, 6, 8, 0, 100, 0.05, 0.01))
                .isEmpty();
        double[] flat = {200, 200, 200, 200, 200, 201};
        assertThat(TailCheck.check(flat, 5, 6, 0, 100, 0.001, 0.01)).as("+0.5% < 1%").isEmpty();
        TailCheck.Suspect exact = TailCheck.check(flat, 5, 6, 0, 100, 0.001, 0.004).orElseThrow();
        assertThat(exact.pValue()).as("a baseline without spread").isZero();
    }

    @Test
    void the_baseline_starts_at_the_last_change_and_holds_at_most_max_baseline_points() {
        double[] series = {50, 50, 50, 50, 100, 101, 99, 100, 100, 110};
        TailCheck.Suspect s = TailCheck.check(series, 9, 10, 4, 100, 0.001, 0.01).orElseThrow();
        assertThat(s.meanBefore()).isEqualTo(100);
        assertThat(s.baselinePoints()).isEqualTo(5);
        assertThat(TailCheck.check(series, 9, 10, 0, 4, 0.01, 0.01).orElseThrow().baselinePoints()).isEqualTo(4);
        assertThat(TailCheck.check(series, 9, 10, 6, 100, 0.001, 0.01)).as("3 points tell nothing of the noise").isEmpty();
    }

    @Test
    void a_later_shift_is_left_out_when_the_tail_ends_at_the_checked_point() {
        double[] series = {100, 101, 99, 100, 100, 100, 130};
        assertThat(TailCheck.check(series, 5, 6, 0, 100, 0.001, 0.01)).isEmpty();
        assertThat(TailCheck.check(series, 5, 7, 0, 100, 0.01, 0.01)).as("with the later point").isPresent();
    }

    @Test
    void bad_positions_are_refused() {
        assertThatThrownBy(() -> TailCheck.check(new double[] {1, 2}, 2, 3, 0, 10, 0.01, 0.01))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TailCheck.check(new double[] {1, 2}, 1, 1, 0, 10, 0.01, 0.01))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TailCheck.check(new double[] {1, 2}, 1, 2, 2, 10, 0.01, 0.01))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
