package org.perftracker.server.regression;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The five classes of the reference regression page, by how far a series' current level is from its baseline in
 * the test's direction: worse by more than 50% or 10%, within 10%, better by more than 10% or 50%.
 */
public enum TrendClass {
    DEGRADATION_50, DEGRADATION_10, NONE, IMPROVEMENT_10, IMPROVEMENT_50;

    /**
     * @param change (current − baseline) / |baseline|
     * @param lessBetter whether smaller values are better
     */
    public static TrendClass of(double change, boolean lessBetter) {
        double better = lessBetter ? -change : change;
        if (better < -0.5) {
            return DEGRADATION_50;
        }
        if (better < -0.1) {
            return DEGRADATION_10;
        }
        if (better > 0.5) {
            return IMPROVEMENT_50;
        }
        return better > 0.1 ? IMPROVEMENT_10 : NONE;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TrendClass> parse(String word) {
        return Arrays.stream(values()).filter(c -> c.word().equalsIgnoreCase(word.trim())).findFirst();
    }

    public static String words() {
        return Arrays.stream(values()).map(TrendClass::word).collect(Collectors.joining(", "));
    }
}
