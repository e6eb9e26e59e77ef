package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.PerfTrackerServer;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** Two server processes on one PostgreSQL database, as a deployment grows past one machine. */
class TwoServerNodesTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void uploads_through_either_node_land_and_each_node_reads_what_the_other_wrote() throws Exception {
        try (RunningServer first = RunningServer.start(TestDatabase.POSTGRESQL)) {
            PerfTrackerServer second = RunningServer.startAnotherNode(first);
            try {
                UUID job = UUID.randomUUID();
                assertThat(first.upload(Fixtures.job().uuid(job).title("Via first").test("a", 1).build()).status())
                        .isEqualTo(200);
                JobUpload append = Fixtures.job().uuid(job).title("Via first").append().test("b", 2).build();
                assertThat(post(second, append)).isEqualTo(200);
                for (int i = 0; i < 10; i++) {
                    assertThat(post(i % 2 == 0 ? second : null, Fixtures.job().title("n" + i).test("x", i).build(),
                            first)).isEqualTo(200);
                }
                String fromSecond = get(second, "/api/v1.0/1/job/?length=50");
                assertThat(fromSecond).contains("\"recordsTotal\":11").contains("Via first");
                assertThat(first.getJson("/api/v1.0/1/job/?length=50").get("recordsTotal").asInt()).isEqualTo(11);
                assertThat(first.getJson("/api/v1.0/1/job/?search%5Bvalue%5D=via").get("data").get(0)
                        .get("tests_total").asInt()).isEqualTo(2);
            } finally {
                second.stop();
            }
        }
    }

    private int post(PerfTrackerServer node, JobUpload job) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/v1.0/1/job/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        new UploadWriter(new com.fasterxml.jackson.databind.ObjectMapper()).toBytes(job))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private int post(PerfTrackerServer node, JobUpload job, RunningServer otherwise) throws Exception {
        return node != null ? post(node, job) : otherwise.upload(job).status();
    }

    private String get(PerfTrackerServer node, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
