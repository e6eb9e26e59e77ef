package org.perftracker.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values from the formulas in {@link TrimmedTTest}'s Javadoc, worked by hand and checked with an
 * independent numpy script; with no trimming, scipy.stats.ttest_ind (equal_var=True) agrees.
 */
class TrimmedTTestTest {
    private static final double[] WITH_SPIKE = {12.1, 11.8, 12.4, 12.0, 30.5, 11.9, 12.2, 12.3, 11.7, 12.0};
    private static final double[] WITH_DIP = {12.9, 13.1, 12.7, 13.0, 13.2, 12.8, 2.0, 13.1, 12.9, 13.0, 13.3, 12.6};

    @Test
    void the_javadoc_example_trims_the_stray_value_away() {
        TrimmedTTest.Result r = TrimmedTTest.of(new double[] {10, 11, 12, 13, 50}, new double[] {20, 21, 22, 23, 24},
                0.2).orElseThrow();
        assertThat(r.trimmedMean1()).isCloseTo(12, within(1e-12));
        assertThat(r.trimmedMean2()).isCloseTo(22, within(1e-12));
        assertThat(r.t()).isCloseTo(8.660254, within(1e-6));
        assertThat(r.degreesOfFreedom()).isEqualTo(4);
        assertThat(r.p()).isCloseTo(0.000978089, within(1e-9));
    }

    @Test
    void ten_percent_trimming_sees_a_shift_that_one_spike_and_one_dip_hide_from_student() {
        // g = 1 of 10 and 1 of 12: trimmed means 12.0875 and 12.93, h = 8 and 10, ν = 16
        TrimmedTTest.Result r = TrimmedTTest.of(WITH_SPIKE, WITH_DIP, 0.1).orElseThrow();
        assertThat(r.trimmedMean1()).isCloseTo(12.0875, within(1e-9));
        assertThat(r.trimmedMean2()).isCloseTo(12.93, within(1e-9));
        assertThat(r.t()).isCloseTo(7.208041, within(1e-6));
        assertThat(r.degreesOfFreedom()).isEqualTo(16);
        assertThat(r.p()).isCloseTo(2.08628e-6, within(1e-10));
    }

    @Test
    void no_trimming_is_students_pooled_t_test() {
        TrimmedTTest.Result r = TrimmedTTest.of(WITH_SPIKE, WITH_DIP, 0).orElseThrow();
        assertThat(r.trimmedMean1()).isCloseTo(13.89, within(1e-9));
        assertThat(r.trimmedMean2()).isCloseTo(12.05, within(1e-9));
        assertThat(r.t()).isCloseTo(-0.940443, within(1e-6));
        assertThat(r.degreesOfFreedom()).isEqualTo(20);
        assertThat(r.p()).isCloseTo(0.358211, within(1e-6));
    }

    @Test
    void samples_without_spread_are_certainly_different_or_certainly_equal() {
        assertThat(TrimmedTTest.of(new double[] {5, 5, 5}, new double[] {9, 9, 9}, 0.1).orElseThrow().p()).isZero();
        assertThat(TrimmedTTest.of(new double[] {5, 5, 5}, new double[] {5, 5}, 0.1).orElseThrow().p()).isEqualTo(1);
    }

    @Test
    void a_sample_of_one_gives_no_result() {
        assertThat(TrimmedTTest.of(new double[] {1}, new double[] {1, 2, 3}, 0.1)).isEmpty();
    }

    @Test
    void trimming_half_or_more_is_rejected() {
        assertThatThrownBy(() -> TrimmedTTest.of(new double[] {1, 2}, new double[] {1, 2}, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trim");
    }

    @Test
    void the_trimmed_mean_cuts_the_same_count_from_each_end() {
        assertThat(TrimmedTTest.trimmedMean(new double[] {1, 2, 3, 4, 100}, 0.2)).isCloseTo(3, within(1e-12));
        assertThat(TrimmedTTest.trimmedMean(new double[] {}, 0.2)).isNaN();
    }
}
