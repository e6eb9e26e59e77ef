package org.perftracker.server.comparison;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.perftracker.core.comparison.Chart;
import org.perftracker.core.comparison.ChartKind;
import org.perftracker.core.comparison.Point;
import org.perftracker.core.comparison.Series;
import org.perftracker.core.comparison.TrendPoint;

/**
 * A section's chart as the page's script draws it (ECharts), compact: a 10-job chart of 8 categories is about 1 KB.
 * The texts (job legends, category labels, units) are data; the script draws them on a canvas, never as HTML.
 *
 * <p>Example: a line over 1, 2, 4, 8, 16 clients of two jobs: {@code {"kind": "line", "axis": "log", "xName":
 * "clients", "yName": "requests/s", "lessBetter": false, "categories": ["1", "2", "4", "8", "16"], "x": [1, 2, 4, 8,
 * 16], "series": [{"name": "#1: 1.0", "job": 0, "points": [[0, 1200, 24, 0], …], "trend": []}, …]}}.
 *
 * @param kind {@code line} or {@code bar}
 * @param axis the x axis: {@code value} (numbers), {@code log} (positive numbers spanning a factor of
 *     {@value #LOG_AXIS_SPAN} or more, e.g. clients doubling from 1 to 64) or {@code category} (labels, and bars)
 * @param x the number of each category on a {@code value} or {@code log} axis
 */
public record ChartView(String kind, String axis, String xName, String yName, boolean lessBetter,
        List<String> categories, List<Double> x, List<SeriesView> series) {
    /** The smallest ratio of the largest to the smallest x that draws a log axis. */
    static final double LOG_AXIS_SPAN = 16;

    /**
     * One job's points: each {@code [category index, y, error bar half-width, 1 if failed else 0]}; its trend, each
     * {@code [category index, y]}, empty without one.
     */
    public record SeriesView(String name, int job, List<Number[]> points, List<Number[]> trend) {
    }

    /** @return the chart of a charted section (kind LINE or BAR) */
    static ChartView of(Chart chart) {
        if (chart.kind() == ChartKind.NONE) {
            throw new IllegalArgumentException("the section has no chart");
        }
        List<SeriesView> series = new ArrayList<>(chart.series().size());
        for (Series s : chart.series()) {
            List<Number[]> points = new ArrayList<>(s.points().size());
            for (Point p : s.points()) {
                points.add(new Number[] {p.category(), p.y(), p.spread(), p.failed() ? 1 : 0});
            }
            List<Number[]> trend = new ArrayList<>(s.trend().points().size());
            for (TrendPoint t : s.trend().points()) {
                trend.add(new Number[] {t.category(), t.y()});
            }
            series.add(new SeriesView(s.name(), s.job(), points, trend));
        }
        return new ChartView(chart.kind() == ChartKind.LINE ? "line" : "bar", axis(chart), chart.xAxisName(),
                chart.yAxisName(), chart.lessBetter(), chart.categories(), chart.numeric() ? chart.x() : List.of(),
                series);
    }

    static String axis(Chart chart) {
        if (chart.kind() != ChartKind.LINE || !chart.numeric()) {
            return "category";
        }
        double min = chart.x().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = chart.x().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return min > 0 && max / min >= LOG_AXIS_SPAN ? "log" : "value";
    }

    /** @return the chart as JSON, for the {@code data-chart} attribute of its element */
    String json(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart is always JSON", e);
        }
    }
}
