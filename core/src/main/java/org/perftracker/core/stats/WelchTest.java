package org.perftracker.core.stats;

import java.util.Optional;

/**
 * Welch's unequal-variances t-test of two means.
 *
 * <p>t = (m₂ − m₁) / √(s₁²/n₁ + s₂²/n₂), with Welch–Satterthwaite degrees of freedom
 * ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)).
 *
 * <p>Example: samples {@code [10, 11, 12]} and {@code [12, 13, 14]} give t = 2.449, ν = 4.0 and a two-sided
 * p of 0.0705: not significant at α = 0.05.
 */
public final class WelchTest {
    private WelchTest() {
    }

    /**
     * @param t the statistic, positive when the second mean is larger
     * @param degreesOfFreedom Welch–Satterthwaite ν
     * @param p two-sided p-value
     */
    public record Result(double t, double degreesOfFreedom, double p) {
        public boolean isSignificant(double alpha) {
            return p < alpha;
        }
    }

    /** @return the test on two samples, empty when either has fewer than two values */
    public static Optional<Result> of(double[] first, double[] second) {
        if (first.length < 2 || second.length < 2) {
            return Optional.empty();
        }
        Summary a = Summary.of(first);
        Summary b = Summary.of(second);
        return fromSummaries(a.mean(), a.stddev(), a.count(), b.mean(), b.stddev(), b.count());
    }

    /**
     * The test from stored summaries (mean, sample standard deviation, count) when the raw values are not at hand.
     * When both spreads are zero the means are either equal (p = 1) or certainly different (p = 0).
     *
     * @return empty when either side has fewer than two samples
     */
    public static Optional<Result> fromSummaries(double mean1, double stddev1, int n1,
            double mean2, double stddev2, int n2) {
        if (n1 < 2 || n2 < 2) {
            return Optional.empty();
        }
        double v1 = stddev1 * stddev1 / n1;
        double v2 = stddev2 * stddev2 / n2;
        double diff = mean2 - mean1;
        if (v1 + v2 == 0) {
            return Optional.of(diff == 0
                    ? new Result(0, n1 + n2 - 2, 1)
                    : new Result(Math.copySign(Double.POSITIVE_INFINITY, diff), n1 + n2 - 2, 0));
        }
        double t = diff / Math.sqrt(v1 + v2);
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        return Optional.of(new Result(t, df, StudentT.twoSidedP(t, df)));
    }
}
