package org.perftracker.server.regression.alert;

import java.util.Locale;
import java.util.Optional;

/** Whether a shift made a test worse or better, from the test's {@code less_better}. */
public enum Direction {
    REGRESSION, IMPROVEMENT;

    /** @param relativeChange (after − before) / |before|, never 0 for a detected change */
    public static Direction of(double relativeChange, boolean lessBetter) {
        return relativeChange > 0 == lessBetter ? REGRESSION : IMPROVEMENT;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Direction> parse(String word) {
        for (Direction d : values()) {
            if (d.word().equalsIgnoreCase(word.trim())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
