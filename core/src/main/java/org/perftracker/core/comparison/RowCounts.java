package org.perftracker.core.comparison;

import java.util.List;

/**
 * How many rows of a comparison have each {@link RowVerdict}: what a summary line or a CI check reads.
 *
 * <p>Example: {@code total 120, regressions 2, improvements 5, failed 1, noSignificantChange 110, ...}.
 */
public record RowCounts(
        int total,
        int failed,
        int regressions,
        int improvements,
        int likelyRegressions,
        int likelyImprovements,
        int missing,
        int noVarianceInformation,
        int noSignificantChange) {

    /** @return the counts of the verdicts of these rows */
    public static RowCounts of(List<RowVerdict> verdicts) {
        int[] n = new int[RowVerdict.values().length];
        for (RowVerdict v : verdicts) {
            n[v.ordinal()]++;
        }
        return new RowCounts(verdicts.size(), n[RowVerdict.FAILED.ordinal()], n[RowVerdict.REGRESSION.ordinal()],
                n[RowVerdict.IMPROVEMENT.ordinal()], n[RowVerdict.LIKELY_REGRESSION.ordinal()],
                n[RowVerdict.LIKELY_IMPROVEMENT.ordinal()], n[RowVerdict.MISSING.ordinal()],
                n[RowVerdict.NO_VARIANCE_INFORMATION.ordinal()], n[RowVerdict.NO_SIGNIFICANT_CHANGE.ordinal()]);
    }
}
