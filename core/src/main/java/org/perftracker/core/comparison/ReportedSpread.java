package org.perftracker.core.comparison;

import java.util.Optional;

/**
 * The spread a test reported for the samples behind its score, for a test that uploads a single score (already a
 * mean over many samples) instead of one score per iteration. It lets such a test still be tested for significance.
 *
 * <p>Interpretation, as in the reference server: the uploaded {@code deviations} are the standard deviation of the
 * samples behind a score, in the score's unit (not a percentage, not the standard error of the mean), and
 * {@code samples} is how many samples there were. The reference passes the mean of the deviations ({@code avg_dev})
 * and {@code samples} as the standard deviation and the count to scipy's
 * {@code ttest_ind_from_stats(mean, std, nobs, …)}, whose {@code std} is the sample standard deviation (n − 1).
 *
 * <p>Example: {@code "score": 100, "deviations": [2], "samples": 10} against {@code "score": 104,
 * "deviations": [3], "samples": 8} is Welch's test of means 100 and 104 with standard deviations 2 and 3 over 10
 * and 8 samples: t = 3.239, ν = 11.71, two-sided p = 0.00731.
 *
 * @param stddev the samples' standard deviation, in the score's unit; at least 0
 * @param samples the number of samples; at least 2, since one sample has no spread
 */
public record ReportedSpread(double stddev, int samples) {
    public ReportedSpread {
        if (!(stddev >= 0) || Double.isInfinite(stddev)) {
            throw new IllegalArgumentException("stddev must be a finite number of 0 or more, got " + stddev);
        }
        if (samples < 2) {
            throw new IllegalArgumentException("samples must be at least 2, got " + samples);
        }
    }

    /**
     * @param deviationsReported whether the test was uploaded with deviations; without them the stored deviation is
     *     only the spread of the test's own scores, which says nothing about its samples
     * @return the spread, empty when no deviation was reported, the deviation is not a finite number of 0 or more,
     *     or there are fewer than two samples
     */
    public static Optional<ReportedSpread> of(boolean deviationsReported, double stddev, int samples) {
        if (!deviationsReported || !(stddev >= 0) || Double.isInfinite(stddev) || samples < 2) {
            return Optional.empty();
        }
        return Optional.of(new ReportedSpread(stddev, samples));
    }
}
