package org.perftracker.server.regression;

import java.util.List;
import java.util.Set;

/**
 * How far a series has moved, from its detected levels: the current level is the one after the last change
 * point; the baseline is the level after the last change whose alert was accepted as the new baseline, else the
 * level before the first change. A series without a (settled) change point has not moved, however it drifts within
 * noise.
 *
 * <p>Example: levels 100 → 120 (a latency, smaller is better) give change +0.20, {@link TrendClass#DEGRADATION_10};
 * once that change is accepted as the baseline, the baseline is 120 and the class is {@link TrendClass#NONE}.
 *
 * @param baselineLevel null without change points
 * @param currentLevel null without change points
 * @param change (current − baseline) / |baseline|, 0 without change points or with a zero baseline
 */
public record SeriesTrend(Double baselineLevel, Double currentLevel, double change, TrendClass trendClass) {

    public static final SeriesTrend NONE = new SeriesTrend(null, null, 0, TrendClass.NONE);

    /** @param acceptedJobIds jobs of the series whose alert was accepted as the new baseline */
    public static SeriesTrend of(List<SeriesChangePoint> all, boolean lessBetter, Set<Long> acceptedJobIds) {
        List<SeriesChangePoint> changePoints = all.stream().filter(SeriesChangePoint::settled).toList();
        if (changePoints.isEmpty()) {
            return NONE;
        }
        double baseline = changePoints.get(0).meanBefore();
        for (SeriesChangePoint c : changePoints) {
            if (acceptedJobIds.contains(c.jobId())) {
                baseline = c.meanAfter();
            }
        }
        double current = changePoints.get(changePoints.size() - 1).meanAfter();
        double change = baseline == 0 ? 0 : (current - baseline) / Math.abs(baseline);
        return new SeriesTrend(baseline, current, change, TrendClass.of(change, lessBetter));
    }
}
