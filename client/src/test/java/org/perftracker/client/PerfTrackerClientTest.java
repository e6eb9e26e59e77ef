package org.perftracker.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perftracker.client.testing.LoopbackServer;
import org.perftracker.client.testing.LoopbackServer.Answer;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;

class PerfTrackerClientTest {
    private static final String CREATED =
            "{\"message\": \"OK, job 17 has been created\", \"id\": 17, \"uuid\": \"u\", \"result\": \"created\"}";

    private final LoopbackServer server = LoopbackServer.start();
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private PerfTrackerClient client(ClientSettings settings) {
        return new PerfTrackerClient(settings, waits::add);
    }

    private static JobUpload job() {
        return JobBuilder.create("Nightly").project("Web app")
                .add(TestResult.builder("login").metrics("ms").lessBetter(true).scores(1.7).build()).build();
    }

    @Test
    void an_upload_after_two_server_errors_is_retried_with_backoff_and_stored() {
        server.on("/api/v1.0/0/job/", Answer.json(503, "{\"message\": \"starting\"}"),
                Answer.json(502, "bad gateway"), Answer.json(200, CREATED));
        server.on("/api/v1.0/0/project/", Answer.json(200, "[{\"id\": 2, \"name\": \"Web app\"}]"));
        JobUpload job = job();

        UploadReceipt receipt = client(ClientSettings.of(server.url())).upload(job);

        assertThat(receipt.jobId()).isEqualTo(17);
        assertThat(receipt.result()).isEqualTo("created");
        assertThat(receipt.uuid()).isEqualTo(job.uuid());
        assertThat(receipt.jobUrl()).isEqualTo(server.url() + "/2/job/17");
        assertThat(server.requests("POST", "/api/v1.0/0/job/")).hasSize(3)
                .allSatisfy(r -> assertThat(r.body()).contains(job.uuid().toString()));
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void a_retry_after_header_sets_the_wait() {
        server.on("/api/v1.0/0/job/", new Answer(503, "{}", Map.of("Retry-After", "3")), Answer.json(200, CREATED));
        server.on("/api/v1.0/0/project/", Answer.json(200, "[]"));

        UploadReceipt receipt = client(ClientSettings.of(server.url())).upload(job());

        assertThat(waits).containsExactly(Duration.ofSeconds(3));
        assertThat(receipt.jobUrl()).isEqualTo(server.url() + "/0/job/17");
    }

    @Test
    void a_refusal_is_not_retried_and_names_the_fields() {
        server.on("/api/v1.0/0/job/", Answer.json(400, "{\"message\": \"Project 'Web app' doesn't exist. Use: "
                + "'Default project'\", \"errors\": {\"project_name\": [\"Project 'Web app' doesn't exist\"]}}"));

        assertThatThrownBy(() -> client(ClientSettings.of(server.url())).upload(job()))
                .isInstanceOfSatisfying(RequestRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("HTTP 400: Project 'Web app' doesn't exist. Use: "
                            + "'Default project'");
                    assertThat(e.errors()).containsOnlyKeys("project_name");
                });
        assertThat(server.requests()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void a_server_that_keeps_failing_is_given_up_after_the_last_attempt() {
        server.on("/api/v1.0/0/job/", Answer.json(500, "{\"message\": \"Internal server error (request id 7)\"}"));
        ClientSettings settings = ClientSettings.of(server.url())
                .withRetry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20)));

        assertThatThrownBy(() -> client(settings).upload(job()))
                .isInstanceOfSatisfying(ServerUnreachableException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("cannot upload the job at " + server.url()
                            + ": HTTP 500 Internal server error (request id 7) (tried 3 times)");
                });
        assertThat(server.requests()).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void a_closed_port_is_a_connection_error_retried_then_reported() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ClientSettings settings = ClientSettings.of("http://127.0.0.1:" + closedPort)
                .withRetry(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(5)));

        assertThatThrownBy(() -> client(settings).upload(job()))
                .isInstanceOf(ServerUnreachableException.class)
                .hasMessageContaining("connection refused").hasMessageEndingWith("(tried 2 times)");
        assertThat(waits).containsExactly(Duration.ofMillis(5));
    }

    @Test
    void a_token_is_sent_as_a_bearer_and_the_job_as_json() {
        server.likePerfTracker();

        client(ClientSettings.of(server.url()).withToken("pt_secret")).upload(job());

        LoopbackServer.Request upload = server.requests("POST", "/api/v1.0/0/job/").get(0);
        assertThat(upload.header("Authorization")).isEqualTo("Bearer pt_secret");
        assertThat(upload.header("Content-Type")).isEqualTo("application/json");
        assertThat(upload.body()).contains("\"project_name\" : \"Web app\"", "\"tag\" : \"login\"");
    }

    @Test
    void the_text_answer_of_the_reference_server_is_understood() {
        server.on("/api/v1.0/0/job/", new Answer(200, "OK, job 5 has been updated", Map.of()));
        server.on("/api/v1.0/0/project/", Answer.json(200, "[{\"id\": 1, \"name\": \"Web app\"}]"));

        UploadReceipt receipt = client(ClientSettings.of(server.url())).upload(job());

        assertThat(receipt.jobId()).isEqualTo(5);
        assertThat(receipt.result()).isEqualTo("updated");
        assertThat(receipt.jobUrl()).isEqualTo(server.url() + "/1/job/5");
    }

    @Test
    void jobs_are_listed_with_the_datatables_parameters() {
        server.on("/api/v1.0/2/job/", Answer.json(200, "{\"draw\": 0, \"recordsTotal\": 5, \"recordsFiltered\": 1,"
                + " \"data\": [{\"id\": 9, \"uuid\": \"u9\", \"title\": \"Nightly\", \"project\": {\"id\": 2, "
                + "\"name\": \"Web app\"}, \"product_ver\": \"1.4.0-512\", \"tests_total\": 14}]}"));

        JobPage page = client(ClientSettings.of(server.url())).jobs(2, 0, 5, "night ly");

        assertThat(server.requests().get(0).path())
                .isEqualTo("/api/v1.0/2/job/?start=0&length=5&search%5Bvalue%5D=night+ly");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.matching()).isEqualTo(1);
        assertThat(page.jobs()).singleElement().satisfies(j -> {
            assertThat(j.id()).isEqualTo(9);
            assertThat(j.project()).isEqualTo(new ProjectRef(2, "Web app"));
            assertThat(j.productVer()).isEqualTo("1.4.0-512");
            assertThat(j.testsTotal()).isEqualTo(14);
        });
    }
}
