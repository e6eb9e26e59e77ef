package org.perftracker.core.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pooled two-sample t-test of trimmed means (Yuen &amp; Dixon 1973): Student's t-test made robust to
 * heavy tails and stray values by leaving out a fraction γ of each sample at both ends.
 *
 * <p>For each sample of n values sorted ascending, g = ⌊γ·n⌋ values are cut from each end, leaving h = n − 2g.
 * The trimmed mean is the mean of the h middle values; the winsorised sum of squares SSW is the sum of squared
 * deviations from their mean after the g lowest values are raised to the (g+1)-th and the g highest lowered to the
 * (n−g)-th. Then
 * <pre>
 *   s²  = (SSW₁ + SSW₂) / (h₁ + h₂ − 2)
 *   t   = (m₂ − m₁) / √(s² · (1/h₁ + 1/h₂)),   ν = h₁ + h₂ − 2
 * </pre>
 * With γ = 0 this is exactly Student's pooled t-test.
 *
 * <p>Example, γ = 0.2: {@code [10, 11, 12, 13, 50]} and {@code [20, 21, 22, 23, 24]} trim one value at each end:
 * trimmed means 12 and 22, winsorised samples {@code [11, 11, 12, 13, 13]} and {@code [21, 21, 22, 23, 23]}, each
 * SSW = 4, s² = 8 / 4 = 2, t = 10 / √(2 · 2/3) = 8.660, ν = 4, two-sided p = 0.000978. Student's t on the raw
 * values, where the 50 swamps the spread, gives only t = 0.361 (p = 0.727).
 */
public final class TrimmedTTest {
    private TrimmedTTest() {
    }

    /**
     * @param trimmedMean1 trimmed mean of the first sample
     * @param trimmedMean2 trimmed mean of the second sample
     * @param t the statistic, positive when the second trimmed mean is larger
     * @param degreesOfFreedom h₁ + h₂ − 2
     * @param p two-sided p-value
     */
    public record Result(double trimmedMean1, double trimmedMean2, double t, double degreesOfFreedom, double p) {
    }

    /**
     * @param trim the fraction γ cut from each end of each sample, in [0, 0.5)
     * @return the test, empty when the samples leave fewer than one degree of freedom (h₁ + h₂ &lt; 3) or either
     *     sample has fewer than two values
     */
    public static Optional<Result> of(double[] first, double[] second, double trim) {
        if (!(trim >= 0 && trim < 0.5)) {
            throw new IllegalArgumentException("trim must be in [0, 0.5), got " + trim);
        }
        if (first.length < 2 || second.length < 2) {
            return Optional.empty();
        }
        Trimmed a = Trimmed.of(first, trim);
        Trimmed b = Trimmed.of(second, trim);
        int df = a.kept + b.kept - 2;
        if (df < 1) {
            return Optional.empty();
        }
        double diff = b.mean - a.mean;
        double variance = (a.winsorizedSquares + b.winsorizedSquares) / df * (1.0 / a.kept + 1.0 / b.kept);
        if (variance == 0) {
            return Optional.of(diff == 0
                    ? new Result(a.mean, b.mean, 0, df, 1)
                    : new Result(a.mean, b.mean, Math.copySign(Double.POSITIVE_INFINITY, diff), df, 0));
        }
        double t = diff / Math.sqrt(variance);
        return Optional.of(new Result(a.mean, b.mean, t, df, StudentT.twoSidedP(t, df)));
    }

    /** The γ-trimmed mean of the values: the mean after ⌊γ·n⌋ values are cut from each end; NaN when empty. */
    public static double trimmedMean(double[] values, double trim) {
        return values.length == 0 ? Double.NaN : Trimmed.of(values, trim).mean;
    }

    /** One sample after trimming: h values kept, their mean, and the winsorised sum of squares. */
    private record Trimmed(int kept, double mean, double winsorizedSquares) {
        static Trimmed of(double[] values, double trim) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            int g = (int) Math.floor(trim * n);
            int h = n - 2 * g;
            double sum = 0;
            for (int i = g; i < n - g; i++) {
                sum += sorted[i];
            }
            double low = sorted[g];
            double high = sorted[n - g - 1];
            double winsorizedSum = sum + g * (low + high);
            double winsorizedMean = winsorizedSum / n;
            double squares = g * ((low - winsorizedMean) * (low - winsorizedMean)
                    + (high - winsorizedMean) * (high - winsorizedMean));
            for (int i = g; i < n - g; i++) {
                double d = sorted[i] - winsorizedMean;
                squares += d * d;
            }
            return new Trimmed(h, sum / h, squares);
        }
    }
}
