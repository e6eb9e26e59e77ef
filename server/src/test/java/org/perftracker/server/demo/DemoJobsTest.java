package org.perftracker.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.core.stats.Summary;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

class DemoJobsTest {
    private static final Instant LAST_NIGHT = Instant.parse("2024-05-28T02:00:00Z");

    private static double mean(JobUpload job, String tag, String category) {
        TestResult test = job.tests().stream().filter(t -> t.tag().equals(tag) && t.category().equals(category))
                .findFirst().orElseThrow();
        return Summary.of(test.scores()).mean();
    }

    @Test
    void four_weeks_of_nightly_jobs_one_day_apart_in_one_regression_series() {
        List<JobUpload> jobs = DemoJobs.all("Demo", LAST_NIGHT);
        assertThat(jobs).hasSize(DemoJobs.NIGHTS);
        assertThat(jobs.get(DemoJobs.NIGHTS - 1).begin()).hasValue(LAST_NIGHT);
        assertThat(jobs.get(0).begin()).hasValue(LAST_NIGHT.minusSeconds(86400L * (DemoJobs.NIGHTS - 1)));
        assertThat(jobs).allSatisfy(j -> {
            assertThat(j.regressionTag()).hasValue(DemoJobs.REGRESSION_TAG);
            assertThat(j.envNodes()).hasSize(2);
            assertThat(j.tests()).hasSize(16);
        });
        assertThat(jobs.stream().map(JobUpload::uuid).distinct()).hasSize(DemoJobs.NIGHTS);
    }

    @Test
    void search_regresses_and_the_product_page_improves_on_their_nights_and_stay_so() {
        List<JobUpload> jobs = DemoJobs.all("Demo", LAST_NIGHT);
        int r = DemoJobs.REGRESSION_NIGHT;
        double before = mean(jobs.get(r - 1), "Search", "4 clients");
        double after = mean(jobs.get(r), "Search", "4 clients");
        assertThat(after / before).isBetween(0.65, 0.85);
        assertThat(mean(jobs.get(DemoJobs.NIGHTS - 1), "Search", "4 clients") / before).isBetween(0.65, 0.85);
        int i = DemoJobs.IMPROVEMENT_NIGHT;
        assertThat(mean(jobs.get(i), "Product page", "1 client") / mean(jobs.get(i - 1), "Product page", "1 client"))
                .isBetween(1.15, 1.45);
        assertThat(mean(jobs.get(5), "Home page", "1 client") / mean(jobs.get(25), "Home page", "1 client"))
                .isBetween(0.95, 1.05);
    }

    @Test
    void some_tests_fail_or_report_errors_and_the_same_nights_give_the_same_jobs() {
        List<JobUpload> jobs = DemoJobs.all("Demo", LAST_NIGHT);
        assertThat(jobs.get(6).tests()).anySatisfy(t -> assertThat(t.status()).isEqualTo(TestStatus.FAILED));
        assertThat(jobs.get(15).tests()).anySatisfy(t -> assertThat(t.errorMessages()).isNotEmpty());
        assertThat(DemoJobs.all("Demo", LAST_NIGHT)).isEqualTo(jobs);
    }
}
