package org.perftracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.Main;
import org.perftracker.client.cli.Invocation;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * {@code pt artifact}, {@code pt run --attach} and {@code pt lock} end to end against a real server: files go up
 * plain and compressed and come back as they were, show on the job's page, and are deleted; a CI job takes a host,
 * a second one is refused with exit 3 and who holds it, and one that waits gets the host once it is released.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PtArtifactsAndLocksTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private RunningServer server;

    @BeforeAll
    void start() {
        server = RunningServer.start(TestDatabase.SQLITE);
        for (String host : List.of("perf-01", "perf-02", "perf-03")) {
            assertThat(server.postJson("/api/v1.0/0/hw_farm/", "{\"name\": \"" + host + "\"}").status())
                    .isEqualTo(201);
        }
        server.postJson("/api/v1.0/0/lock_type/", "{\"name\": \"CI\", \"bg_color\": \"#225522\"}");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Pt pt() throws IOException {
        return new Pt(dir.resolve("home"), Files.createDirectories(dir.resolve("work")));
    }

    @Test
    void artifacts_go_up_plain_and_compressed_come_back_intact_show_on_the_job_and_are_deleted() throws IOException {
        Pt pt = pt();
        Path work = pt.workingDirectory();
        Pt.Result run = pt.run("run", "--url", server.baseUrl(), "--json", "--no-local-env", "--parser", "pt-text",
                "--", "sh", "-c", "echo 'tag: login; score: 1.7; metrics: sec'");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode receipt = MAPPER.readTree(run.out());
        String job = receipt.get("uuid").asText();
        long jobId = receipt.get("id").asLong();
        String test = server.getJson("/api/v1.0/0/job/" + jobId + "/group/0/test/?length=10").get("data").get(0)
                .get("uuid").asText();

        String log = "GET /login 200 0.017\n".repeat(20_000);
        Files.writeString(work.resolve("access.log"), log);
        Pt.Result plain = pt.run("artifact", "upload", "access.log", "--url", server.baseUrl(), "--link", job,
                "--inline", "--description", "the server's access log", "--ttl-days", "30");
        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        String plainUuid = plain.out().strip();
        Pt.Result packed = pt.run("artifact", "upload", "access.log", "--url", server.baseUrl(), "--link", test,
                "--compress", "--filename", "login-access.log");
        assertThat(packed.exitCode()).as(packed.toString()).isZero();
        String packedUuid = packed.out().strip();

        JsonNode info = MAPPER.readTree(pt.run("artifact", "info", packedUuid, "--url", server.baseUrl(), "--json")
                .out());
        assertThat(info.get("compression").asBoolean()).isTrue();
        assertThat(info.get("size").asLong()).isLessThan(log.length() / 20);
        assertThat(info.get("links")).extracting(JsonNode::asText).containsExactly(test);
        assertThat(pt.run("artifact", "info", plainUuid, "--url", server.baseUrl()).out())
                .contains("access.log", "text/plain, shown in the browser", "the server's access log", job);

        assertThat(pt.run("artifact", "download", packedUuid, "back.log", "--url", server.baseUrl()).exitCode())
                .isZero();
        assertThat(Files.readString(work.resolve("back.log"))).isEqualTo(log);
        assertThat(pt.run("artifact", "list", "--url", server.baseUrl()).out()).contains(plainUuid, packedUuid,
                "login-access.log");

        String page = server.get("/1/job/" + jobId).body();
        assertThat(page).contains("/1/artifact_content/" + plainUuid, "/1/artifact_content/" + packedUuid,
                "test login");

        Pt.Result unlinked = pt.run("artifact", "unlink", plainUuid, job, "--url", server.baseUrl());
        assertThat(unlinked.out()).contains("is linked to nothing");
        assertThat(pt.run("artifact", "link", plainUuid, job, "--url", server.baseUrl()).out()).contains(job);
        assertThat(pt.run("artifact", "update", plainUuid, "--description", "renamed", "--url", server.baseUrl())
                .exitCode()).isZero();

        assertThat(pt.run("artifact", "delete", plainUuid, "--url", server.baseUrl()).exitCode()).isZero();
        Pt.Result gone = pt.run("artifact", "download", plainUuid, "gone.log", "--url", server.baseUrl());
        assertThat(gone.exitCode()).isEqualTo(3);
        assertThat(gone.err()).contains("HTTP 410", "was deleted");
        assertThat(work.resolve("gone.log")).doesNotExist();
        assertThat(server.get("/1/job/" + jobId).body()).doesNotContain(plainUuid);
    }

    @Test
    void pt_run_attaches_files_to_the_job_it_uploads_and_refuses_a_missing_one_before_running() throws IOException {
        Pt pt = pt();
        Files.writeString(pt.workingDirectory().resolve("gc.log"), "[0.011s] GC(0) Pause Young 24M->3M 2.1ms\n");
        Pt.Result run = pt.run("run", "--url", server.baseUrl(), "--json", "--attach", "gc.log", "--no-local-env",
                "--parser", "pt-text", "--", "sh", "-c", "echo 'tag: home; score: 3.2; metrics: sec'");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode receipt = MAPPER.readTree(run.out());
        String artifact = receipt.get("artifacts").get(0).get("uuid").asText();
        JsonNode job = server.getJson("/api/v1.0/1/job/" + receipt.get("id").asLong());
        assertThat(job.get("artifacts")).extracting(a -> a.get("uuid").asText()).containsExactly(artifact);
        assertThat(server.get("/1/artifact_content/" + artifact).body()).contains("Pause Young");

        long jobs = server.getJson("/api/v1.0/0/job/").get("recordsTotal").asLong();
        Pt.Result missing = pt.run("run", "--url", server.baseUrl(), "--attach", "nope.log", "--parser", "pt-text",
                "--", "sh", "-c", "echo 'tag: home; score: 3.2'");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(server.getJson("/api/v1.0/0/job/").get("recordsTotal").asLong()).isEqualTo(jobs);
    }

    @Test
    void a_taken_host_makes_acquire_exit_3_with_its_holder_and_a_waiting_job_gets_it_once_released()
            throws Exception {
        Pt pt = pt();
        Pt.Result first = pt.run("lock", "acquire", "--url", server.baseUrl(), "--host", "perf-01", "--hours", "4",
                "--title", "nightly #512", "--type", "CI");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        long lock = Long.parseLong(first.out().strip());

        Pt.Result taken = pt.run("lock", "acquire", "--url", server.baseUrl(), "--host", "perf-02,perf-01",
                "--hours", "1", "--title", "manual check");
        assertThat(taken.exitCode()).isEqualTo(3);
        assertThat(taken.out()).isEmpty();
        assertThat(taken.err()).contains("a host is taken", "already locked by lock #" + lock, "(nightly #512)",
                "perf-01 is held until", "UTC");
        assertThat(server.getJson("/api/v1.0/0/hw_lock/?active=1").get("recordsTotal").asInt()).isEqualTo(1);

        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Integer> patient = CompletableFuture.supplyAsync(() -> Main.run(new Invocation(
                List.of("lock", "acquire", "--url", server.baseUrl(), "--host", "perf-01", "--hours", "1", "--title",
                        "patient", "--wait", "120", "--json"), Map.of(), new PrintWriter(new StringWriter()),
                new PrintWriter(new Signal("trying again", waiting)), false, dir.resolve("home"), dir)));
        assertThat(waiting.await(60, TimeUnit.SECONDS)).as("acquire --wait told it was waiting").isTrue();
        Pt.Result release = pt.run("lock", "release", String.valueOf(lock), "--url", server.baseUrl());
        assertThat(release.exitCode()).as(release.toString()).isZero();
        assertThat(patient.get(60, TimeUnit.SECONDS)).isZero();

        Pt.Result list = pt.run("lock", "list", "--active", "--url", server.baseUrl());
        assertThat(list.out()).contains("patient", "perf-01", "held").doesNotContain("nightly #512");
        assertThat(pt.run("lock", "list", "--url", server.baseUrl()).out()).contains("nightly #512", "released");
    }

    /** Standard error of a pt run in progress, which counts down a latch when it prints a word. */
    private static final class Signal extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final String word;
        private final CountDownLatch latch;

        Signal(String word, CountDownLatch latch) {
            this.word = word;
            this.latch = latch;
        }

        @Override
        public synchronized void write(char[] buffer, int offset, int length) {
            text.append(buffer, offset, length);
            if (text.indexOf(word) >= 0) {
                latch.countDown();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
