package org.perftracker.core.comparison;

import java.util.List;
import java.util.Objects;

/**
 * One job's points on a section's chart.
 *
 * @param job the 0-based index of the job in the comparison
 * @param name the job's legend ({@link JobColumn#legend()})
 * @param points one per category where the job has a value, in category order; missing tests leave a gap
 * @param trend the job's trend, {@link Trend#NONE} unless the chart type asks for one
 */
public record Series(int job, String name, List<Point> points, Trend trend) {
    public Series {
        name = Objects.requireNonNullElse(name, "");
        points = List.copyOf(Objects.requireNonNullElse(points, List.of()));
        trend = Objects.requireNonNullElse(trend, Trend.NONE);
    }
}
