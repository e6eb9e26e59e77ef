package org.perftracker.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values worked by hand from the formulas in {@link WelchTest}'s Javadoc. */
class WelchTestTest {

    @Test
    void equal_spreads_give_the_textbook_statistic() {
        // means 11 and 13, s² = 1 on both sides, n = 3: t = 2 / sqrt(2/3) = 2.4495, ν = 4, p = 0.070484
        WelchTest.Result r = WelchTest.of(new double[] {10, 11, 12}, new double[] {12, 13, 14}).orElseThrow();
        assertThat(r.t()).isCloseTo(2.449490, within(1e-6));
        assertThat(r.degreesOfFreedom()).isCloseTo(4.0, within(1e-12));
        assertThat(r.p()).isCloseTo(0.070484, within(1e-6));
        assertThat(r.isSignificant(0.05)).isFalse();
    }

    @Test
    void unequal_spreads_use_welch_satterthwaite_degrees_of_freedom() {
        // a: mean 20, s² = 10 / 4 = 2.5 (n 5); b: mean 25, s² = 250 / 4 = 62.5 (n 5)
        // se² = 0.5 + 12.5 = 13, t = 5 / sqrt(13) = 1.386750, ν = 169 / (0.25/4 + 156.25/4) = 4.319489
        // (scipy.stats.ttest_ind(a, b, equal_var=False) agrees: p = 0.232803)
        WelchTest.Result r = WelchTest.of(new double[] {18, 19, 20, 21, 22}, new double[] {20, 15, 25, 35, 30})
                .orElseThrow();
        assertThat(r.t()).isCloseTo(1.386750, within(1e-6));
        assertThat(r.degreesOfFreedom()).isCloseTo(4.319489, within(1e-6));
        assertThat(r.p()).isCloseTo(0.232803, within(1e-6));
    }

    @Test
    void one_sample_on_a_side_gives_no_result() {
        assertThat(WelchTest.of(new double[] {1}, new double[] {1, 2, 3})).isEmpty();
        assertThat(WelchTest.fromSummaries(1, 0, 1, 2, 0, 1)).isEmpty();
    }

    @Test
    void zero_variance_is_certain_when_means_differ_and_null_when_equal() {
        assertThat(WelchTest.of(new double[] {5, 5, 5}, new double[] {6, 6, 6}).orElseThrow().p()).isZero();
        assertThat(WelchTest.of(new double[] {5, 5, 5}, new double[] {5, 5}).orElseThrow().p()).isEqualTo(1.0);
    }

    @Test
    void summaries_give_the_same_result_as_samples() {
        WelchTest.Result fromSamples = WelchTest.of(new double[] {10, 11, 12}, new double[] {12, 13, 14})
                .orElseThrow();
        WelchTest.Result fromSummaries = WelchTest.fromSummaries(11, 1, 3, 13, 1, 3).orElseThrow();
        assertThat(fromSummaries.p()).isCloseTo(fromSamples.p(), within(1e-12));
    }
}
