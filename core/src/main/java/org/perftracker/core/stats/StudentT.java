package org.perftracker.core.stats;

/**
 * Student's t distribution with ν degrees of freedom (ν may be fractional, as in Welch's test).
 *
 * <p>Example: {@code twoSidedP(2.228, 10)} ≈ 0.05 and {@code quantile(0.975, 10)} ≈ 2.228.
 */
public final class StudentT {
    /** Integer degrees of freedom up to this have their 97.5% quantile computed once and kept. */
    private static final int CACHED_DF = 1000;
    private static final double[] QUANTILES_975 = new double[CACHED_DF + 1];

    private StudentT() {
    }

    /**
     * The 97.5% quantile for whole degrees of freedom (the half-width factor of a 95% confidence interval), e.g.
     * 12.706 for 1, 2.228 for 10, 1.962 for 1000. Kept after the first call, as every stored test needs one.
     */
    public static double quantile975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + degreesOfFreedom);
        }
        if (degreesOfFreedom > CACHED_DF) {
            return quantile(0.975, degreesOfFreedom);
        }
        double q = QUANTILES_975[degreesOfFreedom];
        if (q == 0) {
            q = quantile(0.975, degreesOfFreedom);
            QUANTILES_975[degreesOfFreedom] = q; // a benign race: every thread computes the same value
        }
        return q;
    }

    /** P(T ≤ t) for ν degrees of freedom. */
    public static double cdf(double t, double degreesOfFreedom) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return t > 0 ? 1 : 0;
        }
        double x = degreesOfFreedom / (degreesOfFreedom + t * t);
        double tail = 0.5 * SpecialFunctions.regularizedBeta(x, degreesOfFreedom / 2, 0.5);
        return t > 0 ? 1 - tail : tail;
    }

    /** P(|T| ≥ |t|): the two-sided p-value of a t statistic. */
    public static double twoSidedP(double t, double degreesOfFreedom) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        double x = degreesOfFreedom / (degreesOfFreedom + t * t);
        return Math.min(1, SpecialFunctions.regularizedBeta(x, degreesOfFreedom / 2, 0.5));
    }

    /** The t with P(T ≤ t) = p, found by bisection on {@link #cdf} to 1e-12. */
    public static double quantile(double p, double degreesOfFreedom) {
        if (p <= 0 || p >= 1) {
            throw new IllegalArgumentException("p must be in (0, 1), got " + p);
        }
        if (p == 0.5) {
            return 0;
        }
        double lo = -1;
        double hi = 1;
        while (cdf(lo, degreesOfFreedom) > p) {
            lo *= 2;
        }
        while (cdf(hi, degreesOfFreedom) < p) {
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, Math.abs(lo)); i++) {
            double mid = (lo + hi) / 2;
            if (cdf(mid, degreesOfFreedom) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
