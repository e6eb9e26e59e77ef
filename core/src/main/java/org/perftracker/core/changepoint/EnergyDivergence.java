package org.perftracker.core.changepoint;

import java.util.Optional;

/**
 * The divergence statistic of E-divisive means (Matteson &amp; James 2014, with α = 1) over one window of a
 * series, and the split that maximises it.
 *
 * <p>For a left segment X = z[a, τ) of p values and a right segment Y = z[τ, κ) of q values:
 * <pre>
 *   Ê(X, Y) = 2/(p·q) · Σ<sub>i∈X, j∈Y</sub> |z<sub>i</sub> − z<sub>j</sub>|
 *           − 1/C(p,2) · Σ<sub>i&lt;k∈X</sub> |z<sub>i</sub> − z<sub>k</sub>|
 *           − 1/C(q,2) · Σ<sub>j&lt;k∈Y</sub> |z<sub>j</sub> − z<sub>k</sub>|
 *   Q̂(a, τ, κ) = p·q/(p+q) · Ê(X, Y)
 * </pre>
 * Ê is the energy distance between the two empirical distributions: the mean distance across the split minus
 * the mean distances within each side. It is 0 in expectation when both sides come from one distribution and
 * grows with any difference between them; Q̂ weights it by the effective sample size. As in the paper, the right
 * end κ is chosen too, so a short excursion between two longer segments (a regression fixed a few builds later)
 * is found as a pair of splits instead of being averaged away.
 *
 * <p>Example: z = {@code [1, 1, 1, 5, 5, 5]}, a = 0, τ = 3, κ = 6: the 9 cross distances are 4 each, within-side
 * distances are 0, so Ê = 2·36/9 = 8 and Q̂ = 9/6 · 8 = 12.
 *
 * <p>All within-segment sums W(i, j) = Σ<sub>i≤k&lt;l&lt;j</sub> |z<sub>k</sub> − z<sub>l</sub>| are tabulated
 * once per window in O(L²) time (L ≤ the window size); then the cross sum is W(a, κ) − W(a, τ) − W(τ, κ) and
 * each Q̂ costs O(1), so the search over all (τ, κ) of a window costs O(L²) too. The table's memory, (W+1)²
 * doubles (80 KB for W = 100), is allocated once and reused for every window: an instance is not thread-safe.
 */
final class EnergyDivergence {
    private final int capacity;
    private final int stride;
    private final double[] within;
    private final double[] reciprocal;
    private final double[] pairReciprocal;

    /** A table for windows of up to {@code capacity} values; {@link #load} fills it for one window. */
    EnergyDivergence(int capacity) {
        this.capacity = capacity;
        stride = capacity + 1;
        within = new double[stride * stride];
        reciprocal = new double[2 * stride];
        pairReciprocal = new double[2 * stride];
        for (int k = 1; k < 2 * stride; k++) {
            reciprocal[k] = 1.0 / k;
            pairReciprocal[k] = k < 2 ? 0 : 2.0 / ((double) k * (k - 1));
        }
    }

    /**
     * Tabulates the within-segment distance sums of these values (the window, already cleaned of spikes), row by
     * row from the bottom: W(i, j) = W(i+1, j) + Σ<sub>i&lt;l&lt;j</sub> |z<sub>i</sub> − z<sub>l</sub>|.
     */
    EnergyDivergence load(double[] values) {
        if (values.length > capacity) {
            throw new IllegalArgumentException(values.length + " values exceed the capacity of " + capacity);
        }
        int length = values.length;
        for (int i = length - 1; i >= 0; i--) {
            double zi = values[i];
            int row = i * stride;
            int below = row + stride;
            within[row + i] = 0;
            within[row + i + 1] = 0;
            double acc = 0;
            for (int j = i + 2; j <= length; j++) {
                acc += Math.abs(zi - values[j - 1]);
                within[row + j] = within[below + j] + acc;
            }
        }
        return this;
    }

    /** Σ<sub>i≤k&lt;l&lt;j</sub> |z<sub>k</sub> − z<sub>l</sub>|, for 0 ≤ i ≤ j ≤ the loaded window's length. */
    double withinSum(int from, int to) {
        return to - from < 2 ? 0 : within[from * stride + to];
    }

    /** Q̂(a, τ, κ) as defined above; needs at least two values on each side. */
    double q(int from, int split, int to) {
        int p = split - from;
        int q = to - split;
        double left = withinSum(from, split);
        double right = withinSum(split, to);
        double cross = withinSum(from, to) - left - right;
        double energy = 2 * cross * reciprocal[p] * reciprocal[q] - left * pairReciprocal[p]
                - right * pairReciprocal[q];
        return p * q * reciprocal[p + q] * energy;
    }

    /** A candidate split: the right segment [index, end) against the left one that ends at index. */
    record Split(int index, int end) {
    }

    /**
     * The split τ and right end κ that maximise Q̂(a, τ, κ) over a + m ≤ τ, τ + m ≤ κ ≤ b, where m is the
     * shortest segment allowed; ties go to the smallest τ, then the smallest κ.
     *
     * @return empty when [a, b) is shorter than 2m
     */
    Optional<Split> bestSplit(int from, int to, int minSegment) {
        int bestSplit = -1;
        int bestEnd = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int split = from + minSegment; split + minSegment <= to; split++) {
            int p = split - from;
            double left = within[from * stride + split];
            double leftTerm = left * pairReciprocal[p];
            double twoOverP = 2 * reciprocal[p];
            int row = split * stride;
            for (int end = split + minSegment; end <= to; end++) {
                int q = end - split;
                double right = within[row + end];
                double cross = within[from * stride + end] - left - right;
                double energy = twoOverP * cross * reciprocal[q] - leftTerm - right * pairReciprocal[q];
                double value = p * q * reciprocal[p + q] * energy;
                if (value > best) {
                    best = value;
                    bestSplit = split;
                    bestEnd = end;
                }
            }
        }
        return bestSplit < 0 ? Optional.empty() : Optional.of(new Split(bestSplit, bestEnd));
    }
}
