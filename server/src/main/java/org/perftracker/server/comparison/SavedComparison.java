package org.perftracker.server.comparison;

import java.util.List;
import org.perftracker.core.comparison.ComparisonOptions;
import org.perftracker.core.comparison.MultipleTesting;

/**
 * A saved comparison: its jobs in order (the first is the baseline) and its options, as stored.
 *
 * @param chartsType the reference's integer for the chart option (0 Auto … 5 Bar + trend); likewise the others
 * @param alpha the significance level
 * @param likelyThreshold the change in percent called "likely" when a side has one score
 */
public record SavedComparison(long id, long projectId, String projectName, String title, int chartsType,
        int tablesType, int testsType, int valuesType, double alpha, double likelyThreshold, long createdMs,
        long updatedMs, boolean deleted, List<Long> jobIds) {

    public SavedComparison {
        jobIds = List.copyOf(jobIds);
    }

    ComparisonOptions options() {
        return new ComparisonOptions(ComparisonTypes.charts(chartsType), ComparisonTypes.tables(tablesType),
                ComparisonTypes.tests(testsType), ComparisonTypes.values(valuesType), alpha,
                MultipleTesting.BENJAMINI_HOCHBERG, likelyThreshold);
    }
}
