package org.perftracker.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportedSpreadTest {
    @Test
    void a_reported_deviation_with_two_or_more_samples_is_a_spread() {
        assertThat(ReportedSpread.of(true, 2.5, 10)).contains(new ReportedSpread(2.5, 10));
        assertThat(ReportedSpread.of(true, 0, 2)).contains(new ReportedSpread(0, 2));
    }

    @Test
    void no_reported_deviation_one_sample_or_a_senseless_deviation_is_no_spread() {
        assertThat(ReportedSpread.of(false, 2.5, 10)).as("the deviation of the scores themselves").isEmpty();
        assertThat(ReportedSpread.of(true, 2.5, 1)).isEmpty();
        assertThat(ReportedSpread.of(true, -1, 10)).isEmpty();
        assertThat(ReportedSpread.of(true, Double.NaN, 10)).isEmpty();
        assertThat(ReportedSpread.of(true, Double.POSITIVE_INFINITY, 10)).isEmpty();
    }

    @Test
    void the_constructor_rejects_what_of_leaves_out() {
        assertThatThrownBy(() -> new ReportedSpread(1, 1)).hasMessageContaining("samples");
        assertThatThrownBy(() -> new ReportedSpread(-1, 5)).hasMessageContaining("stddev");
    }
}
