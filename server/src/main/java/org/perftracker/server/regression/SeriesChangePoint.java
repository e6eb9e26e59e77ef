package org.perftracker.server.regression;

/**
 * A change point of a series as stored with it: where it is ({@code index} in the series the analysis saw, and
 * the job at that index, the first after the shift) and the levels on either side.
 *
 * <p>A change point is <em>settled</em> when more points follow it than the detector's shortest segment. One at the
 * last index the shortest segment allows may be a later shift that cannot be placed yet (with a step at build 12
 * and only 5 builds after it, the detector reports build 11, and build 12 once a sixth build comes): it gets no
 * alert and does not count in the trend until one more build confirms where it is.
 *
 * @param pValue the detector's Bonferroni-adjusted p-value of the shift
 */
public record SeriesChangePoint(int index, long jobId, double meanBefore, double meanAfter, double pValue,
        boolean settled) {

    /** (after − before) / |before|; ±infinity when before is 0 and after is not, 0 when both are 0. */
    public double relativeChange() {
        if (meanBefore == 0) {
            return meanAfter == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, meanAfter);
        }
        return (meanAfter - meanBefore) / Math.abs(meanBefore);
    }
}
