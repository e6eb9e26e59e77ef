package org.perftracker.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.perftracker.core.upload.EnvNode;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;

class JobBuilderTest {

    private static TestResult rps(double score) {
        return TestResult.builder("Requests per second").group("http://app/").category("4 clients")
                .metrics("requests/s").scores(score).build();
    }

    @Test
    void a_job_carries_every_field_it_was_given() {
        Instant begin = Instant.parse("2026-05-01T02:00:00Z");
        JobUpload job = JobBuilder.create("Nightly 1.4.0-512").project("Web app").product("Web app", "1.4.0-512")
                .suite("nightly", "3").regressionTag("nightly").link("Grafana", "https://grafana/d/web")
                .cmdline("pt suite run nightly.yaml").envNode(EnvNode.of("app-1", "Host")).begin(begin)
                .end(begin.plusSeconds(60)).add(rps(1210.5)).build();

        assertThat(job.projectName()).isEqualTo("Web app");
        assertThat(job.title()).contains("Nightly 1.4.0-512");
        assertThat(job.productName()).contains("Web app");
        assertThat(job.productVer()).contains("1.4.0-512");
        assertThat(job.suiteName()).contains("nightly");
        assertThat(job.suiteVer()).contains("3");
        assertThat(job.regressionTag()).contains("nightly");
        assertThat(job.links()).contains(java.util.Map.of("Grafana", "https://grafana/d/web"));
        assertThat(job.cmdline()).contains("pt suite run nightly.yaml");
        assertThat(job.envNodes()).extracting(EnvNode::name).containsExactly("app-1");
        assertThat(job.begin()).contains(begin);
        assertThat(job.end()).contains(begin.plusSeconds(60));
        assertThat(job.append()).isFalse();
        assertThat(job.tests()).hasSize(1);
    }

    @Test
    void a_test_added_again_with_the_same_key_gets_its_scores_appended() {
        JobUpload job = JobBuilder.create("t").add(rps(1210.5)).add(rps(1198.2)).add(rps(1224.9)).build();

        assertThat(job.tests()).hasSize(1);
        assertThat(job.tests().get(0).scores()).containsExactly(1210.5, 1198.2, 1224.9);
    }

    @Test
    void every_test_gets_a_uuid_so_that_sending_the_job_twice_updates_it() {
        UUID given = UUID.randomUUID();
        JobUpload job = JobBuilder.create("t").add(rps(1))
                .add(TestResult.builder("login").uuid(given).scores(1.7).build()).build();

        assertThat(job.tests().get(0).uuid()).isPresent();
        assertThat(job.tests().get(1).uuid()).contains(given);
    }

    @Test
    void the_same_key_in_another_unit_is_refused() {
        JobBuilder builder = JobBuilder.create("t").add(rps(1));

        assertThatThrownBy(() -> builder.add(rps(1).toBuilder().metrics("requests/min").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requests/s");
    }

    @Test
    void appending_to_a_job_takes_its_uuid() {
        UUID existing = UUID.randomUUID();
        JobUpload job = JobBuilder.create("t").appendTo(existing).build();

        assertThat(job.uuid()).isEqualTo(existing);
        assertThat(job.append()).isTrue();
        assertThat(job.projectName()).isEqualTo(JobBuilder.DEFAULT_PROJECT);
    }
}
