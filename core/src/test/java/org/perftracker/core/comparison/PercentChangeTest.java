package org.perftracker.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.perftracker.core.comparison.Jobs.compare;
import static org.perftracker.core.comparison.Jobs.job;
import static org.perftracker.core.comparison.Jobs.vsBaseline;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PercentChangeTest {

    private static OptionalDouble percent(double base, double current) {
        return vsBaseline(compare(job(1, "a").test("g", "t", "", base), job(2, "b").test("g", "t", "", current)), 1)
                .percent();
    }

    @Test
    void a_halving_is_minus_fifty_percent_and_a_doubling_plus_one_hundred() {
        assertThat(percent(200, 100).getAsDouble()).isEqualTo(-50);
        assertThat(percent(100, 200).getAsDouble()).isEqualTo(100);
    }

    @Test
    void small_changes_are_signed() {
        assertThat(percent(100, 104.2).getAsDouble()).isCloseTo(4.2, within(1e-9));
        assertThat(percent(100, 96.9).getAsDouble()).isCloseTo(-3.1, within(1e-9));
        assertThat(percent(100, 100).getAsDouble()).isZero();
    }

    @Test
    void a_zero_base_gives_an_undefined_change_not_zero_and_not_infinity() {
        assertThat(percent(0, 5)).isEmpty();
        assertThat(percent(0, 0)).isEmpty();
    }

    @Test
    void a_negative_base_keeps_the_sign_of_the_change_of_the_value() {
        assertThat(percent(-10, -5).getAsDouble()).as("the value rose by half its size").isEqualTo(50);
        assertThat(percent(-10, -15).getAsDouble()).isEqualTo(-50);
    }

    @Test
    void the_change_is_of_the_mean_of_the_scores() {
        Diff d = vsBaseline(compare(job(1, "a").test("g", "t", "", 190, 200, 210),
                job(2, "b").test("g", "t", "", 90, 100, 110)), 1);
        assertThat(d.percent().getAsDouble()).isEqualTo(-50);
    }
}
