package org.perftracker.core.comparison;

import org.perftracker.core.stats.Summary;

/**
 * The statistic of each test's scores that a comparison shows, compares in % and charts.
 *
 * <p>Example: scores {@code [110.2, 112.9, 111.4]} show as 111.5 (AVERAGE), 110.2 (MIN) or 112.9 (MAX).
 * Significance always tests the means (Welch); with MIN or MAX a change is called better or worse only when the
 * means moved significantly in the same direction as the statistic shown.
 */
public enum ValueKind {
    AVERAGE,
    MIN,
    MAX;

    double of(Summary s) {
        return switch (this) {
            case AVERAGE -> s.mean();
            case MIN -> s.min();
            case MAX -> s.max();
        };
    }
}
