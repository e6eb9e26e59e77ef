package org.perftracker.core.comparison;

import java.util.List;
import java.util.Objects;

/**
 * One test across the jobs of a comparison: the tests with the same (group, tag, category), one cell per job.
 *
 * <p>Example: tag "Home page", category "4 clients", metrics "pages/s", one cell per job, verdict REGRESSION when a
 * later job is significantly slower than the baseline.
 *
 * @param id the id of the first test of the row (by job order), stable while the jobs stay the same
 * @param title the category, or the tag when there is none
 * @param metrics the unit, from the first job that has the test
 * @param lessBetter the direction, from the first job that has the test
 * @param cells one per job, in the comparison's job order
 */
public record Row(
        long id,
        String tag,
        String category,
        String title,
        String metrics,
        boolean lessBetter,
        RowVerdict verdict,
        List<Cell> cells) {

    public Row {
        tag = Objects.requireNonNullElse(tag, "");
        category = Objects.requireNonNullElse(category, "");
        title = Objects.requireNonNullElse(title, "");
        metrics = Objects.requireNonNullElse(metrics, "");
        Objects.requireNonNull(verdict, "verdict");
        cells = List.copyOf(Objects.requireNonNullElse(cells, List.of()));
    }
}
