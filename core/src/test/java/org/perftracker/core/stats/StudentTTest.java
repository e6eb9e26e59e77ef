package org.perftracker.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values from published t tables (and scipy.stats.t, computed independently). */
class StudentTTest {

    @Test
    void quantiles_match_the_t_table() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706204736, within(1e-6));
        assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.302652730, within(1e-8));
        assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.228138852, within(1e-8));
        assertThat(StudentT.quantile(0.995, 30)).isCloseTo(2.749995652, within(1e-8));
        assertThat(StudentT.quantile(0.025, 10)).isCloseTo(-2.228138852, within(1e-8));
    }

    @Test
    void two_sided_p_values_match_the_t_table() {
        assertThat(StudentT.twoSidedP(2.228138852, 10)).isCloseTo(0.05, within(1e-9));
        assertThat(StudentT.twoSidedP(-2.228138852, 10)).isCloseTo(0.05, within(1e-9));
        assertThat(StudentT.twoSidedP(0, 5)).isCloseTo(1.0, within(1e-12));
        assertThat(StudentT.twoSidedP(1.959963985, 1e7)).isCloseTo(0.05, within(1e-6));
    }

    @Test
    void cdf_is_symmetric_and_bounded() {
        assertThat(StudentT.cdf(0, 3)).isCloseTo(0.5, within(1e-12));
        assertThat(StudentT.cdf(1.5, 3) + StudentT.cdf(-1.5, 3)).isCloseTo(1.0, within(1e-12));
        assertThat(StudentT.cdf(Double.POSITIVE_INFINITY, 3)).isEqualTo(1.0);
        assertThat(StudentT.cdf(-50, 3)).isBetween(0.0, 1e-5);
    }

    @Test
    void the_kept_975_quantiles_equal_the_computed_ones() {
        for (int df : new int[] {1, 2, 10, 999, 1000, 1001, 5000}) {
            assertThat(StudentT.quantile975(df)).isCloseTo(StudentT.quantile(0.975, df), within(1e-12));
            assertThat(StudentT.quantile975(df)).isEqualTo(StudentT.quantile975(df));
        }
    }
}
