package org.perftracker.core.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tabulated statistic against a slow oracle that sums the pairwise distances of the paper's formula directly. */
class EnergyDivergenceTest {

    /** Q̂(a, τ, κ) straight from Matteson &amp; James: three double sums, O(n²) per value. */
    static double oracle(double[] z, int from, int split, int to) {
        int p = split - from;
        int q = to - split;
        double cross = 0;
        for (int i = from; i < split; i++) {
            for (int j = split; j < to; j++) {
                cross += Math.abs(z[i] - z[j]);
            }
        }
        double left = 0;
        for (int i = from; i < split; i++) {
            for (int k = i + 1; k < split; k++) {
                left += Math.abs(z[i] - z[k]);
            }
        }
        double right = 0;
        for (int j = split; j < to; j++) {
            for (int k = j + 1; k < to; k++) {
                right += Math.abs(z[j] - z[k]);
            }
        }
        double energy = 2.0 / (p * q) * cross - left / (p * (p - 1) / 2.0) - right / (q * (q - 1) / 2.0);
        return (double) p * q / (p + q) * energy;
    }

    @Test
    void the_javadoc_example_gives_twelve() {
        EnergyDivergence d = new EnergyDivergence(6).load(new double[] {1, 1, 1, 5, 5, 5});
        assertThat(d.q(0, 3, 6)).isCloseTo(12, within(1e-12));
        assertThat(oracle(new double[] {1, 1, 1, 5, 5, 5}, 0, 3, 6)).isCloseTo(12, within(1e-12));
    }

    @Test
    void every_split_of_a_random_window_matches_the_oracle() {
        Random random = new Random(20261126);
        double[] z = new double[40];
        for (int i = 0; i < z.length; i++) {
            z[i] = 100 + 5 * random.nextGaussian() + (i >= 25 ? 12 : 0);
        }
        EnergyDivergence d = new EnergyDivergence(50).load(z);
        for (int from = 0; from < z.length; from++) {
            for (int split = from + 2; split < z.length; split++) {
                for (int to = split + 2; to <= z.length; to++) {
                    double expected = oracle(z, from, split, to);
                    assertThat(d.q(from, split, to)).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
                }
            }
        }
    }

    @Test
    void the_best_split_is_the_oracles_argmax() {
        Random random = new Random(7);
        double[] z = new double[60];
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextGaussian() + (i >= 20 && i < 32 ? 3 : 0);
        }
        EnergyDivergence d = new EnergyDivergence(100).load(z);
        for (int from : new int[] {0, 5, 20}) {
            double best = Double.NEGATIVE_INFINITY;
            int bestSplit = -1;
            int bestEnd = -1;
            for (int split = from + 4; split + 4 <= z.length; split++) {
                for (int end = split + 4; end <= z.length; end++) {
                    double value = oracle(z, from, split, end);
                    if (value > best + 1e-9) {
                        best = value;
                        bestSplit = split;
                        bestEnd = end;
                    }
                }
            }
            assertThat(d.bestSplit(from, z.length, 4)).contains(new EnergyDivergence.Split(bestSplit, bestEnd));
        }
    }

    @Test
    void an_excursion_is_found_with_its_right_end() {
        double[] z = new double[60];
        for (int i = 0; i < z.length; i++) {
            z[i] = i >= 20 && i < 32 ? 10 : 1;
        }
        EnergyDivergence d = new EnergyDivergence(60).load(z);
        assertThat(d.bestSplit(0, 60, 6)).contains(new EnergyDivergence.Split(20, 32));
    }

    @Test
    void a_segment_shorter_than_two_minimum_segments_has_no_split() {
        EnergyDivergence d = new EnergyDivergence(20).load(new double[11]);
        assertThat(d.bestSplit(0, 11, 6)).isEmpty();
    }

    @Test
    void a_reused_table_forgets_the_previous_window() {
        EnergyDivergence d = new EnergyDivergence(10);
        d.load(new double[] {9, 1, 9, 1, 9, 1, 9, 1, 9, 1});
        d.load(new double[] {1, 1, 1, 5, 5, 5});
        assertThat(d.q(0, 3, 6)).isCloseTo(12, within(1e-12));
    }
}
