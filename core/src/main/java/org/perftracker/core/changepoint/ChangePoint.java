package org.perftracker.core.changepoint;

/**
 * A shift in the level of a series, as {@link ChangePointDetector} reports it.
 *
 * <p>The levels are the 10%-trimmed means (by default; see {@link ChangePointDetector.Config#trim()}) of the
 * segments on either side, after isolated spikes are replaced by their neighbours' median, so one GC pause does
 * not move them. A segment reaches back to the previous change (or the start of the analysed window) and forward
 * to the next one (or the end of the window).
 *
 * <p>Example: builds 0–49 around 200 ms and builds 50–99 around 220 ms give index 50, meanBefore 200,
 * meanAfter 220, relativeChange +0.10 (a 10% increase; whether that is a regression depends on the test's
 * direction, which the caller knows).
 *
 * @param index the first point after the shift, in [1, series length)
 * @param meanBefore level of the segment before the shift, in the series' unit
 * @param meanAfter level of the segment after the shift, in the series' unit
 * @param relativeChange (meanAfter − meanBefore) / |meanBefore|; ±infinity when meanBefore is 0 and the levels
 *     differ, 0 when both are 0
 * @param pValue the significance of the shift: the two-sided p of the trimmed t-test between the two segments,
 *     multiplied by the number of splits the search examined in its window (Bonferroni) and capped at 1
 */
public record ChangePoint(int index, double meanBefore, double meanAfter, double relativeChange, double pValue) {
    public ChangePoint {
        if (index < 1) {
            throw new IllegalArgumentException("index must be at least 1, got " + index);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue must be in [0, 1], got " + pValue);
        }
    }

    /** The change point with its relative change computed from the two levels. */
    static ChangePoint of(int index, double meanBefore, double meanAfter, double pValue) {
        return new ChangePoint(index, meanBefore, meanAfter, relativeChange(meanBefore, meanAfter), pValue);
    }

    /** (after − before) / |before|, with the conventions for a zero level given above. */
    static double relativeChange(double before, double after) {
        if (before == 0) {
            return after == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, after);
        }
        return (after - before) / Math.abs(before);
    }

    /** The same change point with its index moved by this many points (from window to series coordinates). */
    ChangePoint shiftedBy(int offset) {
        return new ChangePoint(index + offset, meanBefore, meanAfter, relativeChange, pValue);
    }
}
