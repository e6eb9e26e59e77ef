package org.perftracker.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values from scipy 1.17.1:
 * <pre>
 * from scipy.stats import false_discovery_control
 * false_discovery_control([0.01, 0.04, 0.03, 0.20], method='bh')
 *   → [0.04, 0.05333333, 0.05333333, 0.2]
 * false_discovery_control([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216], method='bh')
 *   → [0.01, 0.04, 0.084, 0.084, 0.084, 0.1, 0.10571429, 0.216, 0.216, 0.216]
 * </pre>
 */
class BenjaminiHochbergTest {

    @Test
    void the_worked_example_keeps_the_input_order() {
        double[] q = BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.20});
        assertThat(q).containsExactly(new double[] {0.04, 0.0533333, 0.0533333, 0.2}, within(1e-6));
    }

    @Test
    void the_textbook_ten_p_values_match_scipy() {
        double[] q = BenjaminiHochberg.adjust(
                new double[] {0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216});
        assertThat(q).containsExactly(
                new double[] {0.01, 0.04, 0.084, 0.084, 0.084, 0.1, 0.1057143, 0.216, 0.216, 0.216}, within(1e-6));
    }

    @Test
    void one_p_value_is_left_as_it_is_and_none_give_none() {
        assertThat(BenjaminiHochberg.adjust(new double[] {0.03})).containsExactly(0.03);
        assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
    }

    @Test
    void adjusted_values_are_capped_at_one() {
        assertThat(BenjaminiHochberg.adjust(new double[] {0.9, 0.95})).containsExactly(0.95, 0.95);
    }

    @Test
    void a_p_value_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
