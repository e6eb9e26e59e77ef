package org.perftracker.core.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A least-squares polynomial y ≈ c₀ + c₁u + c₂u² + c₃u³ over the scaled variable u = (x − xCenter) / xScale.
 *
 * <p>Scaling maps the fitted x range onto [−1, 1] (xCenter = (min + max) / 2, xScale = (max − min) / 2, or 1 when
 * all x are equal), which keeps the normal equations well conditioned when x spans, say, 1 to 1024 clients. The
 * degree is lowered to (number of distinct x − 1) when there are too few points for the one asked for.
 *
 * <p>Example: points (1, 2), (2, 4), (3, 6), degree 1 → xCenter 2, xScale 1, coefficients [4, 2]: y = 4 + 2(x − 2),
 * which is y = 2x; {@code valueAt(5)} = 10.
 *
 * @param degree the degree fitted, 0 to the one asked for
 * @param coefficients c₀ … c<sub>degree</sub>, ascending powers of u
 */
public record PolynomialFit(int degree, double xCenter, double xScale, List<Double> coefficients) {

    public PolynomialFit {
        coefficients = List.copyOf(coefficients);
        if (coefficients.size() != degree + 1) {
            throw new IllegalArgumentException("a polynomial of degree " + degree + " has " + (degree + 1)
                    + " coefficients, got " + coefficients.size());
        }
        if (!(xScale > 0)) {
            throw new IllegalArgumentException("xScale must be positive, got " + xScale);
        }
    }

    /**
     * @param x at least one value, all finite
     * @param y as many values as x
     * @param maxDegree the degree wanted, at least 0
     */
    public static PolynomialFit of(double[] x, double[] y, int maxDegree) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("need as many y as x, and at least one point: " + x.length + " x, "
                    + y.length + " y");
        }
        double min = Arrays.stream(x).min().orElseThrow();
        double max = Arrays.stream(x).max().orElseThrow();
        double center = (min + max) / 2;
        double scale = max > min ? (max - min) / 2 : 1;
        double[] u = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            u[i] = (x[i] - center) / scale;
        }
        int degree = Math.min(maxDegree, (int) Arrays.stream(x).distinct().count() - 1);
        for (; degree > 0; degree--) {
            double[] c = solveNormalEquations(u, y, degree);
            if (c != null) {
                return new PolynomialFit(degree, center, scale, toList(c));
            }
        }
        return new PolynomialFit(0, center, scale, List.of(Arrays.stream(y).average().orElseThrow()));
    }

    /** @return the fitted y at x */
    public double valueAt(double x) {
        double u = (x - xCenter) / xScale;
        double value = 0;
        for (int k = coefficients.size() - 1; k >= 0; k--) {
            value = value * u + coefficients.get(k);
        }
        return value;
    }

    /** Solves (AᵀA) c = Aᵀy for the Vandermonde matrix A of u; null when the system is singular. */
    private static double[] solveNormalEquations(double[] u, double[] y, int degree) {
        int size = degree + 1;
        double[][] m = new double[size][size + 1];
        for (int i = 0; i < u.length; i++) {
            double[] powers = new double[2 * degree + 1];
            powers[0] = 1;
            for (int k = 1; k < powers.length; k++) {
                powers[k] = powers[k - 1] * u[i];
            }
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < size; c++) {
                    m[r][c] += powers[r + c];
                }
                m[r][size] += powers[r] * y[i];
            }
        }
        return gaussianElimination(m);
    }

    /** Gaussian elimination with partial pivoting on an augmented n × (n + 1) matrix; null when singular. */
    private static double[] gaussianElimination(double[][] m) {
        int n = m.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-12 * Math.max(1, Math.abs(m[0][0]))) {
                return null;
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] solution = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = m[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= m[r][c] * solution[c];
            }
            solution[r] = sum / m[r][r];
        }
        return solution;
    }

    private static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
