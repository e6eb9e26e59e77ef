package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobCellsTest {
    private static TestViews.TestRow row(String status, int errors, int warnings, int iterations, double stddev) {
        return new TestViews.TestRow(1, 1, "u", "g", "login", "4 clients", "ms", true, 3, 20, 0, stddev, iterations,
                errors, warnings, status);
    }

    @Test
    void an_outcome_says_errors_status_and_warnings_in_words() {
        assertThat(JobCells.outcome(row("SUCCESS", 0, 0, 3, 1))).isEmpty();
        assertThat(JobCells.outcome(row("FAILED", 2, 0, 3, 1))).isEqualTo("2 errors, FAILED");
        assertThat(JobCells.outcome(row("SUCCESS", 1, 3, 3, 1))).isEqualTo("1 error, 3 warnings");
        assertThat(JobCells.outcome(row("SKIPPED", 0, 0, 0, 0))).isEqualTo("SKIPPED");
        assertThat(JobCells.isBad(row("FAILED", 0, 0, 3, 1))).isTrue();
        assertThat(JobCells.isBad(row("SUCCESS", 0, 5, 3, 1))).isFalse();
    }

    @Test
    void noise_is_the_spread_relative_to_the_mean_and_unknown_with_one_iteration() {
        assertThat(JobCells.noise(row("SUCCESS", 0, 0, 3, 1))).isEqualTo("±5%");
        assertThat(JobCells.noise(row("SUCCESS", 0, 0, 1, 0))).isEqualTo("n/a");
        assertThat(JobCells.noiseUnknown(row("SUCCESS", 0, 0, 1, 0))).isTrue();
        assertThat(JobCells.noise(2, 1, 0)).isEqualTo("n/a");
    }

    @Test
    void names_products_and_test_counts_read_naturally() {
        assertThat(JobCells.testName("login", "4 clients")).isEqualTo("login {4 clients}");
        assertThat(JobCells.testName("login", "")).isEqualTo("login");
        assertThat(JobCells.product("shop", "")).isEqualTo("shop");
        JobViews.JobRow job = new JobViews.JobRow(1, "u", "t", "", "", List.of(new EnvNodeView.Ref("s1", "s1", 1),
                new EnvNodeView.Ref("s2", "s2", 2)), "", "", 0, "", 1200, 1199, 0, 0, 0,
                new JobViews.ProjectRef(1, "p"), "", "", false, 0, 0, false);
        assertThat(JobCells.tests(job)).isEqualTo("1,199 of 1,200");
        assertThat(JobCells.env(job)).isEqualTo("s1, s2");
    }
}
