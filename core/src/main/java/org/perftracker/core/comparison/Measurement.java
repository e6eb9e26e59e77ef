package org.perftracker.core.comparison;

import org.perftracker.core.stats.Summary;

/**
 * What a comparison reads from one job's test: its state, the statistics of its scores (from the raw scores when
 * loaded, else the stored summary), the value compared, and its error bar.
 *
 * @param test the test, null when the job has none
 * @param spread the 95% confidence half-width of the mean with AVERAGE, else 0
 */
record Measurement(ComparedTest test, CellState state, Summary stats, double value, double spread) {
    static final Measurement MISSING = new Measurement(null, CellState.MISSING, Summary.EMPTY, 0, 0);

    static Measurement of(ComparedTest test, ValueKind kind) {
        if (test == null) {
            return MISSING;
        }
        Summary stats = test.scores().isEmpty() ? test.summary() : Summary.of(test.scores());
        CellState state;
        if (test.failed()) {
            state = CellState.FAILED;
        } else if (stats.count() == 0) {
            state = CellState.NO_SCORES;
        } else {
            state = CellState.MEASURED;
        }
        if (stats.count() == 0) {
            return new Measurement(test, state, stats, 0, 0);
        }
        return new Measurement(test, state, stats, kind.of(stats), kind == ValueKind.AVERAGE ? stats.ci95() : 0);
    }

    /**
     * @return what Welch's test reads for this side: the statistics of the scores when there are two or more (raw
     *     data wins); for a single score, that score as the mean of the samples the test reported a spread for
     *     ({@link ReportedSpread}); otherwise the statistics of the scores, too few to test
     */
    Summary tested() {
        if (stats.count() != 1 || test == null) {
            return stats;
        }
        return test.reportedSpread().map(r -> new Summary(r.samples(), stats.mean(), stats.median(), stats.min(),
                stats.max(), r.stddev(), 0)).orElse(stats);
    }

    /** @return true when there is a score to show: measured, or failed with scores */
    boolean hasValue() {
        return stats.count() > 0;
    }
}
