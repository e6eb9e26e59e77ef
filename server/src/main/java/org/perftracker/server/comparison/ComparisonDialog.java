package org.perftracker.server.comparison;

import java.util.List;

/**
 * The option selects of the comparison dialog on the jobs list. The value of each choice is its position, as the
 * API stores the options ({@link ComparisonTypes}); the labels are shorter than the API's where the select's name
 * already says what they are ("Hide all" under "Tables").
 */
public final class ComparisonDialog {
    /** One select: its field in the API's request, its label, its choices in order. */
    public record Option(String name, String label, List<String> choices) {
    }

    public static final List<Option> OPTIONS = List.of(
            new Option("charts_type", "Charts", ComparisonTypes.CHARTS),
            new Option("tables_type", "Tables", List.of("Auto", "Hide all", "Show all")),
            new Option("tests_type", "Tests", ComparisonTypes.TESTS),
            new Option("values_type", "Compare", List.of("Auto", "Average values", "Min values", "Max values")));

    private ComparisonDialog() {
    }
}
