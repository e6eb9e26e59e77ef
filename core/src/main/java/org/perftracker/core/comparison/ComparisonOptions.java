package org.perftracker.core.comparison;

import java.util.Objects;

/**
 * How a comparison is computed and drawn.
 *
 * <p>Defaults ({@link #DEFAULTS}): automatic charts and tables, all tests, averages, α = 0.05 with
 * Benjamini–Hochberg correction, and a 5% threshold for "likely" changes when a side has a single score.
 *
 * @param alpha significance level: a change is significant when its (adjusted) p-value is below it; in (0, 1)
 * @param likelyThresholdPercent with one score on a side there is no variance to test, and a change of at least
 *     this many percent is called "likely better/worse"; at least 0
 */
public record ComparisonOptions(
        ChartType charts,
        TableMode tables,
        TestFilter tests,
        ValueKind values,
        double alpha,
        MultipleTesting multipleTesting,
        double likelyThresholdPercent) {

    public static final ComparisonOptions DEFAULTS = new ComparisonOptions(ChartType.AUTO, TableMode.AUTO,
            TestFilter.ALL, ValueKind.AVERAGE, 0.05, MultipleTesting.BENJAMINI_HOCHBERG, 5);

    public ComparisonOptions {
        charts = Objects.requireNonNullElse(charts, ChartType.AUTO);
        tables = Objects.requireNonNullElse(tables, TableMode.AUTO);
        tests = Objects.requireNonNullElse(tests, TestFilter.ALL);
        values = Objects.requireNonNullElse(values, ValueKind.AVERAGE);
        multipleTesting = Objects.requireNonNullElse(multipleTesting, MultipleTesting.BENJAMINI_HOCHBERG);
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, got " + alpha);
        }
        if (!(likelyThresholdPercent >= 0) || Double.isInfinite(likelyThresholdPercent)) {
            throw new IllegalArgumentException("likelyThresholdPercent must be 0 or more, got "
                    + likelyThresholdPercent);
        }
    }

    public ComparisonOptions withCharts(ChartType value) {
        return new ComparisonOptions(value, tables, tests, values, alpha, multipleTesting, likelyThresholdPercent);
    }

    public ComparisonOptions withTables(TableMode value) {
        return new ComparisonOptions(charts, value, tests, values, alpha, multipleTesting, likelyThresholdPercent);
    }

    public ComparisonOptions withTests(TestFilter value) {
        return new ComparisonOptions(charts, tables, value, values, alpha, multipleTesting, likelyThresholdPercent);
    }

    public ComparisonOptions withValues(ValueKind value) {
        return new ComparisonOptions(charts, tables, tests, value, alpha, multipleTesting, likelyThresholdPercent);
    }

    public ComparisonOptions withAlpha(double value) {
        return new ComparisonOptions(charts, tables, tests, values, value, multipleTesting, likelyThresholdPercent);
    }

    public ComparisonOptions withMultipleTesting(MultipleTesting value) {
        return new ComparisonOptions(charts, tables, tests, values, alpha, value, likelyThresholdPercent);
    }

    public ComparisonOptions withLikelyThresholdPercent(double value) {
        return new ComparisonOptions(charts, tables, tests, values, alpha, multipleTesting, value);
    }
}
