package org.perftracker.core.comparison;

import java.util.List;
import java.util.Objects;

/**
 * One job of a comparison: its identity, the names it is shown by, and its tests.
 *
 * <p>Example: {@code new ComparedJob(17, "Nightly perf 1.0", "webapp", "1.0.0-511", tests)}; the first job of a
 * comparison is its baseline.
 *
 * @param tests the job's tests in their order in the job (seq_num); first appearance decides the order of rows
 */
public record ComparedJob(long id, String title, String productName, String productVersion,
        List<ComparedTest> tests) {

    public ComparedJob {
        title = Objects.requireNonNullElse(title, "");
        productName = Objects.requireNonNullElse(productName, "");
        productVersion = Objects.requireNonNullElse(productVersion, "");
        tests = List.copyOf(Objects.requireNonNullElse(tests, List.of()));
    }

    /** @return the job without its tests, enough to title a comparison */
    public static ComparedJob header(long id, String title, String productName, String productVersion) {
        return new ComparedJob(id, title, productName, productVersion, List.of());
    }
}
