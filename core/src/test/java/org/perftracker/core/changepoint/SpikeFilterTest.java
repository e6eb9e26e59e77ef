package org.perftracker.core.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpikeFilterTest {
    private final SpikeFilter filter = new SpikeFilter(3, 5);

    @Test
    void the_javadoc_example_replaces_only_the_spike() {
        double[] z = {10, 11, 10, 30, 11, 10, 11};
        assertThat(SpikeFilter.noiseScale(z)).isCloseTo(1.4826 / Math.sqrt(2), within(1e-12));
        assertThat(filter.clean(z, 0, z.length)).containsExactly(10, 11, 10, 11, 11, 10, 11);
    }

    @Test
    void a_step_with_noise_is_kept_exactly() {
        Random random = new Random(1);
        double[] z = new double[80];
        for (int i = 0; i < z.length; i++) {
            z[i] = (i < 40 ? 100 : 130) + random.nextGaussian();
        }
        assertThat(filter.clean(z, 0, z.length)).containsExactly(z);
    }

    @Test
    void three_spikes_at_the_start_of_a_window_are_outvoted() {
        double[] z = {241, 99.4, 174.6, 235, 100.7, 100.2, 101.1, 100.9, 99.4, 99.8, 100.1, 100, 99.8, 100.3};
        double[] cleaned = filter.clean(z, 0, z.length);
        for (int i = 0; i < 4; i++) {
            assertThat(cleaned[i]).as("value %d", i).isBetween(99.0, 101.5);
        }
        assertThat(cleaned).endsWith(100.7, 100.2, 101.1, 100.9, 99.4, 99.8, 100.1, 100, 99.8, 100.3);
    }

    @Test
    void quantised_timings_fall_back_to_the_mean_deviation() {
        // 19 of 20 differences are 0, so the MAD is 0; the mean deviation 2/20 gives σ̂ = 1.2533 × 0.1 / √2
        double[] z = {10, 10, 10, 10, 10, 10, 10, 10, 10, 14, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
        assertThat(SpikeFilter.noiseScale(z)).isCloseTo(1.2533 * 8.0 / 20 / Math.sqrt(2), within(1e-12));
        assertThat(filter.clean(z, 0, z.length)).containsOnly(10);
    }

    @Test
    void only_the_requested_range_is_cleaned_and_the_series_is_untouched() {
        double[] z = {7, 7, 1, 1.2, 1, 1.1, 1, 1.3, 50, 1, 1.2, 1, 1.1, 1, 7, 7};
        double[] cleaned = filter.clean(z, 2, 14);
        assertThat(cleaned).containsExactly(1, 1.2, 1, 1.1, 1, 1.3, 1.1, 1, 1.2, 1, 1.1, 1);
        assertThat(z[8]).isEqualTo(50);
    }

    @Test
    void radius_zero_turns_the_filter_off() {
        double[] z = {1, 1, 1, 50, 1, 1, 1};
        assertThat(new SpikeFilter(0, 5).clean(z, 0, z.length)).containsExactly(z);
    }

    @Test
    void selection_finds_the_median_of_odd_and_even_counts() {
        assertThat(SpikeFilter.median(new double[] {5, 1, 4, 2, 3}, 5)).isEqualTo(3);
        assertThat(SpikeFilter.median(new double[] {5, 1, 4, 2, 3, 6}, 6)).isEqualTo(3.5);
        assertThat(SpikeFilter.median(new double[] {2, 2, 2, 1, 2, 2}, 6)).isEqualTo(2);
        assertThat(SpikeFilter.median(new double[] {7, 9, 99}, 2)).isEqualTo(8);
    }
}
