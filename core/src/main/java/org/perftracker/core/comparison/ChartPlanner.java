package org.perftracker.core.comparison;

import java.util.ArrayList;
import java.util.List;
import org.perftracker.core.stats.PolynomialFit;

/**
 * Chooses a section's chart and whether its table shows, and computes the series and trends.
 *
 * <p>A section is charted only when its rows share one tag and one unit (a chart of "ms" beside "requests/s" would
 * mean nothing). {@link ChartType#AUTO} then draws a line when the categories are at least three distinct numbers
 * and bars otherwise; the explicit types draw what they name.
 */
final class ChartPlanner {
    /** The fewest numeric categories AUTO draws as a line: one or two points read better as bars. */
    static final int MIN_LINE_POINTS = 3;
    /** AUTO hides the table of a charted section with more rows than this. */
    static final int MAX_AUTO_TABLE_ROWS = 5;

    private ChartPlanner() {
    }

    static Chart chart(List<Row> rows, List<String> legends, ComparisonOptions options) {
        if (options.charts() == ChartType.NONE || !chartable(rows)) {
            return Chart.NONE;
        }
        List<String> categories = rows.stream().map(r -> r.category().isEmpty() ? r.tag() : r.category()).toList();
        CategoryAxis axis = CategoryAxis.of(categories);
        ChartKind kind = kind(options.charts(), axis);
        boolean trend = options.charts().withTrend();
        List<Series> series = new ArrayList<>(legends.size());
        for (int j = 0; j < legends.size(); j++) {
            List<Point> points = points(rows, j, axis);
            series.add(new Series(j, legends.get(j), points, trend ? trend(points, axis, kind) : Trend.NONE));
        }
        Row first = rows.get(0);
        return new Chart(kind, trend, axis.name(), axis.labels(), axis.numeric(), axis.values(), first.metrics(),
                first.lessBetter(), series);
    }

    static boolean tableShown(Chart chart, int rows, TableMode mode) {
        if (chart.kind() == ChartKind.NONE) {
            return true;
        }
        return switch (mode) {
            case SHOW -> true;
            case HIDE -> false;
            case AUTO -> rows <= MAX_AUTO_TABLE_ROWS;
        };
    }

    private static boolean chartable(List<Row> rows) {
        Row first = rows.get(0);
        return rows.stream().allMatch(r -> r.tag().equals(first.tag()) && r.metrics().equals(first.metrics()));
    }

    private static ChartKind kind(ChartType type, CategoryAxis axis) {
        return switch (type) {
            case LINE, LINE_TREND -> ChartKind.LINE;
            case BAR, BAR_TREND -> ChartKind.BAR;
            case AUTO -> axis.numeric() && axis.labels().size() >= MIN_LINE_POINTS ? ChartKind.LINE : ChartKind.BAR;
            case NONE -> ChartKind.NONE;
        };
    }

    private static List<Point> points(List<Row> rows, int job, CategoryAxis axis) {
        Point[] byCategory = new Point[axis.labels().size()];
        for (int r = 0; r < rows.size(); r++) {
            Cell cell = rows.get(r).cells().get(job);
            if (cell.value().isPresent()) {
                int category = axis.positions().get(r);
                byCategory[category] = new Point(category, cell.value().getAsDouble(), cell.spread(),
                        cell.state() == CellState.FAILED, cell.errors(), cell.testId());
            }
        }
        List<Point> points = new ArrayList<>(rows.size());
        for (Point p : byCategory) {
            if (p != null) {
                points.add(p);
            }
        }
        return points;
    }

    /**
     * A cubic (at most) in the numeric x on line charts over numbers; a straight line over the category index
     * otherwise. Failed points are left out; fewer than two points give no trend.
     */
    private static Trend trend(List<Point> points, CategoryAxis axis, ChartKind kind) {
        boolean overNumbers = kind == ChartKind.LINE && axis.numeric();
        List<Point> fitted = points.stream().filter(p -> !p.failed()).toList();
        if (fitted.size() < 2) {
            return Trend.NONE;
        }
        double[] x = new double[fitted.size()];
        double[] y = new double[fitted.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = xOf(fitted.get(i).category(), axis, overNumbers);
            y[i] = fitted.get(i).y();
        }
        PolynomialFit fit = PolynomialFit.of(x, y, overNumbers ? 3 : 1);
        double from = xOf(fitted.get(0).category(), axis, overNumbers);
        double to = xOf(fitted.get(fitted.size() - 1).category(), axis, overNumbers);
        List<TrendPoint> line = new ArrayList<>();
        for (int c = 0; c < axis.labels().size(); c++) {
            double xc = xOf(c, axis, overNumbers);
            if (xc >= from && xc <= to) {
                line.add(new TrendPoint(c, fit.valueAt(xc)));
            }
        }
        return new Trend(fit.degree(), fit.xCenter(), fit.xScale(), fit.coefficients(), line);
    }

    private static double xOf(int category, CategoryAxis axis, boolean overNumbers) {
        return overNumbers ? axis.values().get(category) : category;
    }
}
