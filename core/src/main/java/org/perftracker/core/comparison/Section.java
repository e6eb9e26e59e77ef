package org.perftracker.core.comparison;

import java.util.List;
import java.util.Objects;

/**
 * A test case of a group: the tests of one tag that have categories (title = the tag), or all the group's tests
 * without a category (title "Tests results", tag "").
 *
 * @param id the id of the section's first row, stable while the jobs stay the same (an anchor for links)
 * @param tag the tag of the section, "" for the "Tests results" section
 * @param tableShown whether the page shows the rows as a table ({@link TableMode})
 */
public record Section(long id, String title, String tag, Chart chart, boolean tableShown, List<Row> rows) {
    /** The title of the section that holds a group's tests without a category. */
    public static final String UNCATEGORISED_TITLE = "Tests results";

    public Section {
        title = Objects.requireNonNullElse(title, "");
        tag = Objects.requireNonNullElse(tag, "");
        chart = Objects.requireNonNullElse(chart, Chart.NONE);
        rows = List.copyOf(Objects.requireNonNullElse(rows, List.of()));
    }
}
