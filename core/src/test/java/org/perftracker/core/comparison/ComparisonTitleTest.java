package org.perftracker.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTitleTest {

    private static ComparedJob job(long id, String title) {
        return ComparedJob.header(id, title, "", "");
    }

    private static String title(ComparedJob... jobs) {
        return ComparisonTitle.of(List.of(jobs));
    }

    @Test
    void no_jobs_and_one_job() {
        assertThat(title()).isEqualTo("Comparison");
        assertThat(title(job(17, "Nightly perf 1.0"))).isEqualTo("Nightly perf 1.0");
    }

    @Test
    void a_shared_leading_phrase_is_said_once() {
        assertThat(title(job(17, "Nightly perf 1.0"), job(18, "Nightly perf 1.1")))
                .isEqualTo("Nightly perf: 1.0 vs 1.1");
        assertThat(title(job(1, "Nightly perf 1.0"), job(2, "Nightly perf 1.1"), job(3, "Nightly perf 2.0 rc1")))
                .isEqualTo("Nightly perf: 1.0 vs 1.1 vs 2.0 rc1");
    }

    @Test
    void identical_titles_are_told_apart_by_job_id() {
        assertThat(title(job(17, "Nightly"), job(18, "Nightly"))).isEqualTo("Nightly: #17 vs #18");
        assertThat(title(job(17, "Nightly perf"), job(18, "Nightly perf"))).isEqualTo("Nightly perf: #17 vs #18");
        assertThat(title(job(17, "A"), job(18, "A"), job(19, "B"))).isEqualTo("A #17 vs A #18 vs B");
    }

    @Test
    void titles_without_a_shared_phrase_are_listed() {
        assertThat(title(job(1, "Nightly"), job(2, "Weekly"))).isEqualTo("Nightly vs Weekly");
        assertThat(title(job(1, "perf-1.0"), job(2, "perf-1.1"))).as("words split at white space only")
                .isEqualTo("perf-1.0 vs perf-1.1");
    }

    @Test
    void the_prefix_stops_at_a_word_boundary_and_leaves_every_title_a_word() {
        assertThat(title(job(1, "Nightly perf"), job(2, "Nightly performance"))).isEqualTo("Nightly: perf vs performance");
        assertThat(title(job(1, "Nightly"), job(2, "Nightly 2"))).isEqualTo("Nightly vs Nightly 2");
    }

    @Test
    void trailing_punctuation_of_the_prefix_is_dropped_and_white_space_is_tidied() {
        assertThat(title(job(1, "Web perf - 1.0"), job(2, "Web perf - 1.1"))).isEqualTo("Web perf: 1.0 vs 1.1");
        assertThat(title(job(1, " Web  perf 1.0 "), job(2, "Web perf\t1.1"))).isEqualTo("Web perf: 1.0 vs 1.1");
    }

    @Test
    void a_blank_title_reads_as_the_job() {
        assertThat(title(job(5, " "), job(6, "Nightly"))).isEqualTo("job 5 vs Nightly");
    }

    @Test
    void legends_show_what_tells_the_jobs_apart() {
        assertThat(ComparisonTitle.legends(List.of(job(17, "Nightly perf 1.0")))).containsExactly("Nightly perf 1.0");
        assertThat(ComparisonTitle.legends(List.of(job(17, "Nightly perf 1.0"), job(18, "Nightly perf 1.1"))))
                .containsExactly("#1: 1.0", "#2: 1.1");
        assertThat(ComparisonTitle.legends(List.of(job(1, "Nightly"), job(2, "Weekly"))))
                .containsExactly("#1: Nightly", "#2: Weekly");
    }

    @Test
    void legends_of_equal_titles_name_the_product_or_else_the_job() {
        assertThat(ComparisonTitle.legends(List.of(ComparedJob.header(17, "Nightly", "webapp", "1.4.0-511"),
                ComparedJob.header(18, "Nightly", "webapp", "1.4.0-512"))))
                .containsExactly("#1: 1.4.0-511", "#2: 1.4.0-512");
        assertThat(ComparisonTitle.legends(List.of(ComparedJob.header(17, "Nightly", "webapp", "1.4"),
                ComparedJob.header(18, "Nightly", "api", "1.4"))))
                .containsExactly("#1: webapp 1.4", "#2: api 1.4");
        assertThat(ComparisonTitle.legends(List.of(job(17, "Nightly"), job(18, "Nightly"))))
                .containsExactly("#1: job 17", "#2: job 18");
    }

    @Test
    void a_comparison_with_a_blank_title_takes_the_automatic_one_and_keeps_a_given_one() {
        List<ComparedJob> jobs = List.of(job(17, "Nightly perf 1.0"), job(18, "Nightly perf 1.1"));
        assertThat(Comparison.compute("  ", jobs, ComparisonOptions.DEFAULTS).title())
                .isEqualTo("Nightly perf: 1.0 vs 1.1");
        assertThat(Comparison.compute("Release check", jobs, ComparisonOptions.DEFAULTS).title())
                .isEqualTo("Release check");
        assertThat(Comparison.compute(null, jobs, ComparisonOptions.DEFAULTS).jobs()).extracting(JobColumn::legend)
                .containsExactly("#1: 1.0", "#2: 1.1");
    }
}
