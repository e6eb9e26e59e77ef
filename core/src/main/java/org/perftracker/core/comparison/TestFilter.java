package org.perftracker.core.comparison;

/**
 * Which rows a comparison keeps. A row is dropped when the test of any job in it does not pass; the comparison
 * counts the rows dropped ({@link Comparison#hiddenRows()}).
 */
public enum TestFilter {
    /** Every row. */
    ALL,
    /** Only clean rows: no test with warnings, errors or a FAILED status. */
    WITHOUT_WARNINGS,
    /** Rows with no test with errors or a FAILED status; warnings are kept. */
    WITHOUT_ERRORS;

    boolean keeps(ComparedTest t) {
        return switch (this) {
            case ALL -> true;
            case WITHOUT_WARNINGS -> t.warnings() == 0 && !t.failed();
            case WITHOUT_ERRORS -> !t.failed();
        };
    }
}
