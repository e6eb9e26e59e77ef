package org.perftracker.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PolynomialFitTest {

    @Test
    void a_straight_line_is_found_exactly() {
        PolynomialFit fit = PolynomialFit.of(new double[] {1, 2, 3}, new double[] {2, 4, 6}, 1);
        assertThat(fit.degree()).isEqualTo(1);
        assertThat(fit.xCenter()).isEqualTo(2);
        assertThat(fit.xScale()).isEqualTo(1);
        assertThat(fit.coefficients()).containsExactly(4.0, 2.0);
        assertThat(fit.valueAt(5)).isCloseTo(10, within(1e-12));
    }

    @Test
    void a_cubic_over_a_wide_x_range_matches_numpy() {
        // import numpy as np
        // x = np.array([1, 2, 4, 8, 16, 32.]); y = np.array([100, 190, 350, 600, 820, 900.])
        // np.polyval(np.polyfit(x, y, 3), [1, 8, 32, 20]) → [97.29977678, 596.2371526, 899.93720411, 851.3574705]
        PolynomialFit fit = PolynomialFit.of(new double[] {1, 2, 4, 8, 16, 32},
                new double[] {100, 190, 350, 600, 820, 900}, 3);
        assertThat(fit.degree()).isEqualTo(3);
        assertThat(fit.valueAt(1)).isCloseTo(97.29977678, within(1e-6));
        assertThat(fit.valueAt(8)).isCloseTo(596.2371526, within(1e-6));
        assertThat(fit.valueAt(32)).isCloseTo(899.93720411, within(1e-6));
        assertThat(fit.valueAt(20)).isCloseTo(851.3574705, within(1e-6));
    }

    @Test
    void a_noisy_line_matches_numpy() {
        // np.polyfit([0, 1, 2, 3], [10, 12, 11, 15], 1) → slope 1.4, intercept 9.9
        PolynomialFit fit = PolynomialFit.of(new double[] {0, 1, 2, 3}, new double[] {10, 12, 11, 15}, 1);
        assertThat(fit.valueAt(0)).isCloseTo(9.9, within(1e-9));
        assertThat(fit.valueAt(3)).isCloseTo(14.1, within(1e-9));
    }

    @Test
    void too_few_distinct_points_lower_the_degree() {
        PolynomialFit two = PolynomialFit.of(new double[] {2, 4}, new double[] {10, 20}, 3);
        assertThat(two.degree()).isEqualTo(1);
        assertThat(two.valueAt(3)).isCloseTo(15, within(1e-12));

        PolynomialFit same = PolynomialFit.of(new double[] {4, 4}, new double[] {10, 20}, 3);
        assertThat(same.degree()).isZero();
        assertThat(same.valueAt(100)).isEqualTo(15);
    }
}
