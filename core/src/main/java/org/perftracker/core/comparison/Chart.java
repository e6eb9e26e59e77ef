package org.perftracker.core.comparison;

import java.util.List;
import java.util.Objects;

/**
 * The chart of one section: each test case's categories on x, one series per job.
 *
 * <p>Example: categories "2 parallel clients", "8 parallel clients", "4 parallel clients" → xAxisName "parallel
 * clients", categories ["2", "4", "8"], numeric, x [2, 4, 8], kind LINE under {@link ChartType#AUTO}.
 *
 * @param kind NONE when the section is not charted (then every list is empty)
 * @param trend true when the series carry trends
 * @param xAxisName the common suffix of the categories, "" when there is none
 * @param categories the axis labels, in axis order (numeric ascending when numeric, else first appearance)
 * @param numeric true when every label is a distinct number
 * @param x the numbers of the labels when numeric, else the indexes 0, 1, 2, …
 * @param yAxisName the unit of the values
 * @param lessBetter the direction, for a "lower is better" note
 */
public record Chart(
        ChartKind kind,
        boolean trend,
        String xAxisName,
        List<String> categories,
        boolean numeric,
        List<Double> x,
        String yAxisName,
        boolean lessBetter,
        List<Series> series) {

    public static final Chart NONE = new Chart(ChartKind.NONE, false, "", List.of(), false, List.of(), "", false,
            List.of());

    public Chart {
        Objects.requireNonNull(kind, "kind");
        xAxisName = Objects.requireNonNullElse(xAxisName, "");
        categories = List.copyOf(Objects.requireNonNullElse(categories, List.of()));
        x = List.copyOf(Objects.requireNonNullElse(x, List.of()));
        yAxisName = Objects.requireNonNullElse(yAxisName, "");
        series = List.copyOf(Objects.requireNonNullElse(series, List.of()));
        if (x.size() != categories.size()) {
            throw new IllegalArgumentException("one x per category: " + x.size() + " x, " + categories.size()
                    + " categories");
        }
    }
}
