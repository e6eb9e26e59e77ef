package org.perftracker.core.comparison;

import java.util.List;
import java.util.Objects;

/**
 * A least-squares trend of one job's points, for the page to draw as a dashed line.
 *
 * <p>What is fitted: on a line chart with numeric categories, a polynomial of degree min(3, k − 1) in the numeric
 * x, k being the number of the job's non-failed points; on bar charts and on line charts over text categories, a
 * straight line over the category index 0, 1, 2, … At least two non-failed points are needed, else there is no
 * trend ({@link #NONE}).
 *
 * <p>y = c₀ + c₁u + c₂u² + c₃u³ with u = (x − xCenter) / xScale, x being the numeric category or the index. Example:
 * points at x = 2, 4, 8 with y = 100, 190, 350 give a quadratic with xCenter 5 and xScale 3; {@link #points()} holds
 * its value at every category between the first and the last point (never extrapolated).
 *
 * @param degree 0 to 3, or −1 for no trend
 * @param coefficients c₀ … c<sub>degree</sub>
 * @param points the fitted values at the chart's categories inside the fitted x range
 */
public record Trend(int degree, double xCenter, double xScale, List<Double> coefficients, List<TrendPoint> points) {
    public static final Trend NONE = new Trend(-1, 0, 1, List.of(), List.of());

    public Trend {
        coefficients = List.copyOf(Objects.requireNonNullElse(coefficients, List.of()));
        points = List.copyOf(Objects.requireNonNullElse(points, List.of()));
        if (coefficients.size() != degree + 1) {
            throw new IllegalArgumentException("degree " + degree + " needs " + (degree + 1) + " coefficients");
        }
    }
}
