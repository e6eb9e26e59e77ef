package org.perftracker.core.comparison;

import java.util.Objects;

/**
 * A job as the comparison heads its columns and names its chart series.
 *
 * @param legend the short name of the job in tables and legends, e.g. "#2: 1.1" ({@link ComparisonTitle})
 */
public record JobColumn(long id, String title, String productName, String productVersion, String legend) {
    public JobColumn {
        title = Objects.requireNonNullElse(title, "");
        productName = Objects.requireNonNullElse(productName, "");
        productVersion = Objects.requireNonNullElse(productVersion, "");
        legend = Objects.requireNonNullElse(legend, "");
    }
}
