package org.perftracker.core.stats;

import java.util.Arrays;
import java.util.List;

/**
 * Summary statistics of one test's scores, computed once when the test is stored.
 *
 * <p>Example: scores {@code [110.2, 112.9, 111.4]} give mean 111.5, median 111.4, min 110.2, max 112.9, sample
 * standard deviation 1.353 (n − 1 in the denominator) and a 95% confidence interval of the mean of ± 3.36
 * (t<sub>0.975, 2</sub> = 4.303 × 1.353 / √3).
 *
 * @param count number of scores
 * @param stddev sample standard deviation (n − 1), 0 for fewer than two scores
 * @param ci95 half-width of the 95% confidence interval of the mean (Student's t), 0 for fewer than two scores
 */
public record Summary(int count, double mean, double median, double min, double max, double stddev, double ci95) {
    public static final Summary EMPTY = new Summary(0, 0, 0, 0, 0, 0, 0);

    public static Summary of(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return of(a);
    }

    public static Summary of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return EMPTY;
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double stddev = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        double ci95 = n > 1 ? StudentT.quantile975(n - 1) * stddev / Math.sqrt(n) : 0;
        return new Summary(n, mean, median(values), min, max, stddev, ci95);
    }

    /** @return the relative spread, stddev / |mean| in percent, 0 when the mean is 0 */
    public double relativeStddevPercent() {
        return mean == 0 ? 0 : 100 * stddev / Math.abs(mean);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
