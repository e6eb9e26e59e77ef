package org.perftracker.server.comparison;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perftracker.core.comparison.ChartType;
import org.perftracker.core.comparison.TableMode;
import org.perftracker.core.comparison.TestFilter;
import org.perftracker.core.comparison.ValueKind;
import org.perftracker.server.web.ApiException;

/**
 * The four display options of a comparison as the reference stores them: integers in the database and the API
 * answers, display labels ({@code "XY-line + trend"}) in requests. Requests may also send the integer or our own
 * enum name ({@code "LINE_TREND"}).
 */
final class ComparisonTypes {
    static final List<String> CHARTS = List.of("Auto", "No charts", "XY-line", "XY-line + trend", "Bar charts",
            "Bar + trend");
    static final List<String> TABLES = List.of("Auto", "Hide all tables", "Show all tables");
    static final List<String> TESTS = List.of("Auto", "Tests w/o warnings", "Tests w/o errors", "All tests");
    static final List<String> VALUES = List.of("Auto", "Average values", "Min values", "Max values");
    private static final Map<String, List<String>> ENUM_NAMES = Map.of(
            "charts_type", List.of("AUTO", "NONE", "LINE", "LINE_TREND", "BAR", "BAR_TREND"),
            "tables_type", List.of("AUTO", "HIDE", "SHOW"),
            "tests_type", List.of("AUTO", "WITHOUT_WARNINGS", "WITHOUT_ERRORS", "ALL"),
            "values_type", List.of("AUTO", "AVERAGE", "MIN", "MAX"));

    private ComparisonTypes() {
    }

    /** @return the option's integer for a label, integer or enum name; 0 (Auto) when absent */
    static int parse(String field, String value, List<String> labels) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        String v = value.trim();
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(v) || ENUM_NAMES.get(field).get(i).equals(v.toUpperCase(Locale.ROOT))
                    || String.valueOf(i).equals(v)) {
                return i;
            }
        }
        throw ApiException.badRequest(field, "Unknown type: " + v + ", acceptable types are: " + labels);
    }

    static ChartType charts(int value) {
        return switch (value) {
            case 1 -> ChartType.NONE;
            case 2 -> ChartType.LINE;
            case 3 -> ChartType.LINE_TREND;
            case 4 -> ChartType.BAR;
            case 5 -> ChartType.BAR_TREND;
            default -> ChartType.AUTO;
        };
    }

    static TableMode tables(int value) {
        return switch (value) {
            case 1 -> TableMode.HIDE;
            case 2 -> TableMode.SHOW;
            default -> TableMode.AUTO;
        };
    }

    static TestFilter tests(int value) {
        return switch (value) {
            case 1 -> TestFilter.WITHOUT_WARNINGS;
            case 2 -> TestFilter.WITHOUT_ERRORS;
            default -> TestFilter.ALL;
        };
    }

    static ValueKind values(int value) {
        return switch (value) {
            case 2 -> ValueKind.MIN;
            case 3 -> ValueKind.MAX;
            default -> ValueKind.AVERAGE;
        };
    }
}
