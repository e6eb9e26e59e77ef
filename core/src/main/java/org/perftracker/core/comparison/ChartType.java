package org.perftracker.core.comparison;

/**
 * The charts a comparison asks for. {@link #AUTO} draws a line over numeric categories (at least three) and bars
 * otherwise; the explicit types draw what they name on every section that can be charted (one tag, one unit).
 * The {@code _TREND} types add a least-squares trend per job (see {@link Trend}).
 */
public enum ChartType {
    AUTO,
    NONE,
    LINE,
    LINE_TREND,
    BAR,
    BAR_TREND;

    boolean withTrend() {
        return this == LINE_TREND || this == BAR_TREND;
    }
}
