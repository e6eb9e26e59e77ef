package org.perftracker.server.job;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A job's counters, recomputed over all of its tests on every upload.
 *
 * <p>Example: tests A (SUCCESS), B (FAILED) of tag "Home page" with categories, and C (SUCCESS, 1 warning) in
 * group "Latency" without a category: total 3, completed 3, failed 1, errors 1, warnings 1; test cases
 * {"Home page", "Latency"} → 2, of which 1 ("Home page") has an erroneous test.
 *
 * @param testsErrors tests that FAILED or report errors
 */
record JobCounters(int testsTotal, int testsCompleted, int testsFailed, int testsErrors, int testsWarnings,
        int testcasesTotal, int testcasesErrors) {

    static JobCounters of(Collection<TestOutcome> tests) {
        int completed = 0;
        int failed = 0;
        int errors = 0;
        int warnings = 0;
        Map<String, Boolean> testCases = new HashMap<>();
        for (TestOutcome t : tests) {
            completed += t.status().isCompleted() ? 1 : 0;
            failed += t.status() == org.perftracker.core.upload.TestStatus.FAILED ? 1 : 0;
            errors += t.isErroneous() ? 1 : 0;
            warnings += t.warnings() > 0 ? 1 : 0;
            testCases.merge(t.testCase(), t.isErroneous(), Boolean::logicalOr);
        }
        int testcaseErrors = (int) testCases.values().stream().filter(Boolean::booleanValue).count();
        return new JobCounters(tests.size(), completed, failed, errors, warnings, testCases.size(), testcaseErrors);
    }
}
