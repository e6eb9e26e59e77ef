package org.perftracker.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void three_scores_give_mean_median_spread_and_confidence_interval() {
        Summary s = Summary.of(List.of(110.2, 112.9, 111.4));
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.mean()).isCloseTo(111.5, within(1e-9));
        assertThat(s.median()).isEqualTo(111.4);
        assertThat(s.min()).isEqualTo(110.2);
        assertThat(s.max()).isEqualTo(112.9);
        // sum of squares 1.69 + 1.96 + 0.01 = 3.66, / 2 = 1.83, sqrt = 1.352775
        assertThat(s.stddev()).isCloseTo(1.352775, within(1e-6));
        // 4.302653 * 1.352775 / sqrt(3) = 3.360479
        assertThat(s.ci95()).isCloseTo(3.360479, within(1e-6));
    }

    @Test
    void one_score_has_no_spread_and_an_even_count_takes_the_middle_pair() {
        Summary one = Summary.of(List.of(0.42));
        assertThat(one.stddev()).isZero();
        assertThat(one.ci95()).isZero();
        assertThat(Summary.of(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
        assertThat(Summary.of(List.of())).isEqualTo(Summary.EMPTY);
    }
}
