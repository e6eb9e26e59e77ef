package org.perftracker.client.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.ClientSettings;
import org.perftracker.client.JobFile;
import org.perftracker.client.RetryPolicy;
import org.perftracker.client.testing.LoopbackServer;

class UploadExampleTest {
    @TempDir
    Path dir;

    @Test
    void the_example_uploads_its_job_and_gets_the_link_to_its_page() {
        try (LoopbackServer server = LoopbackServer.start().likePerfTracker()) {
            String page = UploadExample.run(ClientSettings.of(server.url()), dir.resolve("kept.job.json"));

            assertThat(page).isEqualTo(server.url() + "/1/job/17");
            assertThat(server.requests("POST", "/api/v1.0/0/job/").get(0).body())
                    .contains("\"Requests per second\"", "\"regression_tag\" : \"nightly\"");
        }
    }

    @Test
    void the_example_keeps_its_job_in_a_file_when_the_server_is_down_and_the_file_uploads_later() {
        LoopbackServer down = LoopbackServer.start().likePerfTracker();
        String url = down.url();
        down.close();
        Path kept = dir.resolve("kept.job.json");

        ClientSettings impatient = ClientSettings.of(url)
                .withRetry(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10)));

        assertThat(UploadExample.run(impatient, kept)).isEqualTo(kept.toString());

        assertThat(JobFile.read(kept).tests()).hasSize(2);
    }
}
