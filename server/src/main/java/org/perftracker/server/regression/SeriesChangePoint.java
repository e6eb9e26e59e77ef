package org.perftracker.server.regression;

/**
 * A change point of a series as stored with it: where it is ({@code index} in the series the analysis saw, and
 * the job at that index, the first after the shift) and the levels on either side.
 *
 * @param pValue the detector's Bonferroni-adjusted p-value of the shift
 */
public record SeriesChangePoint(int index, long jobId, double meanBefore, double meanAfter, double pValue) {

    /** (after − before) / |before|; ±infinity when before is 0 and after is not, 0 when both are 0. */
    public double relativeChange() {
        if (meanBefore == 0) {
            return meanAfter == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, meanAfter);
        }
        return (meanAfter - meanBefore) / Math.abs(meanBefore);
    }
}
