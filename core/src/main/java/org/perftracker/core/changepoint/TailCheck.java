package org.perftracker.core.changepoint;

import java.util.Optional;
import org.perftracker.core.stats.StudentT;

/**
 * Whether the newest points of a series stand out from the level before them, when they are too few for
 * {@link ChangePointDetector} to confirm a shift (it needs {@code minSegment} points after one). A CI gate asks this
 * of the build it has just uploaded: the answer is provisional, since one point cannot tell a shift from a spike,
 * and it never raises an alert.
 *
 * <h2>The test</h2>
 * The baseline b is the {@code n_b} points before the tail (from the last change point before it, at most
 * {@code maxBaseline} of them); the tail is the k points from {@code from} to {@code to}. Under "no change" the tail's
 * points come from the baseline's distribution, so their mean differs from the baseline's by a prediction error:
 * <pre>
 *   t = (mean(tail) − mean(b)) / (s_b · √(1/k + 1/n_b)),   ν = n_b − 1,   p = P(|T_ν| ≥ |t|)
 * </pre>
 * with s_b the baseline's sample standard deviation. Only the baseline's spread is used: a tail of one or two
 * points has no spread worth the name. The tail is suspect when p &lt; α and |relative change| ≥ the minimum;
 * a baseline without spread makes any change of at least the minimum suspect.
 *
 * <h2>Example</h2>
 * Baseline {100, 101, 99, 100, 100} (mean 100, s_b = 0.707, n_b = 5) and a tail {110}: t = 10 / (0.707 · √1.2) =
 * 12.9, ν = 4, p ≈ 0.0002, relative change +10%: suspect at α = 0.001.
 */
public final class TailCheck {
    /** The fewest baseline points a verdict needs: fewer give no estimate of the noise worth testing against. */
    public static final int MIN_BASELINE = 4;

    private TailCheck() {
    }

    /**
     * A tail that stands out.
     *
     * @param baselinePoints n_b, the points the tail was compared with
     * @param tailPoints k, the points from the checked one to the end
     */
    public record Suspect(double meanBefore, double meanAfter, double relativeChange, double pValue,
            int baselinePoints, int tailPoints) {
    }

    /**
     * @param series the series, in build order
     * @param from the first point of the tail (the build checked)
     * @param to the end of the tail, exclusive: {@code from + 1} for the checked build alone, the series' length
     *     for it and every later build
     * @param baselineStart where the baseline may start at the earliest: the last change point before {@code from},
     *     or 0
     * @param maxBaseline the most baseline points used (the newest ones)
     * @param alpha the significance the tail must reach, e.g. 0.001 divided by the number of series checked
     * @param minRelativeChange the smallest |relative change| reported, e.g. 0.01
     * @return the suspect, or empty when the tail does not stand out or the baseline has fewer than
     *     {@value #MIN_BASELINE} points
     */
    public static Optional<Suspect> check(double[] series, int from, int to, int baselineStart, int maxBaseline,
            double alpha, double minRelativeChange) {
        if (from < 0 || to <= from || to > series.length || baselineStart < 0 || baselineStart > from
                || maxBaseline < 1) {
            throw new IllegalArgumentException("need 0 <= baselineStart <= from < to <= " + series.length
                    + " and maxBaseline >= 1, got from " + from + ", to " + to + ", baselineStart " + baselineStart
                    + ", maxBaseline " + maxBaseline);
        }
        int start = Math.max(baselineStart, from - maxBaseline);
        int nb = from - start;
        int k = to - from;
        if (nb < MIN_BASELINE) {
            return Optional.empty();
        }
        double meanBefore = mean(series, start, from);
        double meanAfter = mean(series, from, to);
        double relative = meanBefore == 0 ? (meanAfter == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, meanAfter))
                : (meanAfter - meanBefore) / Math.abs(meanBefore);
        if (!(Math.abs(relative) >= minRelativeChange) || meanAfter == meanBefore) {
            return Optional.empty();
        }
        double sb = stddev(series, start, from, meanBefore);
        double p = sb == 0 ? 0 : StudentT.twoSidedP((meanAfter - meanBefore) / (sb * Math.sqrt(1.0 / k + 1.0 / nb)),
                nb - 1);
        return p < alpha ? Optional.of(new Suspect(meanBefore, meanAfter, relative, p, nb, k)) : Optional.empty();
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    private static double stddev(double[] values, int from, int to, double mean) {
        double squares = 0;
        for (int i = from; i < to; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        return Math.sqrt(squares / (to - from - 1));
    }
}
