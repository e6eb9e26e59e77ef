package org.perftracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * {@code pt} end to end: real ab and wrk against a page of a real server on loopback, through {@code pt run} and
 * {@code pt suite run}, with the job read back through the server's API. Load is kept small (ab -n 200, wrk -d 1s
 * -c 4 -t 1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PtAgainstServerTest {
    private static final Pattern JOB_LINK = Pattern.compile("Job (\\d+) created \\((\\d+) tests?\\): (\\S+)");

    @TempDir
    Path dir;

    private RunningServer server;

    @BeforeAll
    void start() {
        Tools.require("ab", "apache2-utils");
        Tools.require("wrk", "wrk");
        server = RunningServer.start(TestDatabase.SQLITE);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Pt pt() throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        return new Pt(dir.resolve("home"), work);
    }

    /** @return the job's id, from the link pt printed */
    private long uploadedJob(Pt.Result r) {
        Matcher m = JOB_LINK.matcher(r.out());
        assertThat(m.find()).as(r.toString()).isTrue();
        assertThat(m.group(3)).isEqualTo(server.baseUrl() + "/1/job/" + m.group(1));
        return Long.parseLong(m.group(1));
    }

    private JsonNode tests(long job) {
        return server.getJson("/api/v1.0/0/job/" + job + "/group/0/test/?length=-1").path("data");
    }

    private static JsonNode test(JsonNode tests, String group, String tag, String category) {
        for (JsonNode t : tests) {
            if (t.path("group").asText().equals(group) && t.path("tag").asText().equals(tag)
                    && t.path("category").asText().equals(category)) {
                return t;
            }
        }
        throw new AssertionError("no test (" + group + ", " + tag + ", " + category + ") in " + tests);
    }

    @Test
    void pt_run_of_ab_uploads_its_measurements_as_a_job() throws IOException {
        String page = server.baseUrl() + "/api/health";

        Pt.Result r = pt().run("run", "--url", server.baseUrl(), "--project", "Default project", "--title",
                "Daily 1.4.0-512", "--build", "1.4.0-512", "--tag", "daily", "--iterations", "2", "--",
                "ab", "-n", "200", "-c", "2", "-k", page);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        long id = uploadedJob(r);
        JsonNode job = server.getJson("/api/v1.0/0/job/" + id);
        assertThat(job.path("title").asText()).isEqualTo("Daily 1.4.0-512");
        assertThat(job.path("product_ver").asText()).isEqualTo("1.4.0-512");
        assertThat(job.path("regression").path("tag").asText()).isEqualTo("daily");
        assertThat(job.path("env_node")).hasSize(1);
        JsonNode tests = tests(id);
        JsonNode rps = test(tests, page, "Requests per second", "2 clients");
        assertThat(rps.path("metrics").asText()).isEqualTo("requests/s");
        assertThat(rps.path("less_better").asBoolean()).isFalse();
        assertThat(rps.path("score_count").asInt()).isEqualTo(2);
        assertThat(rps.path("avg_score").asDouble()).isPositive();
        assertThat(test(tests, page, "Latency p99", "2 clients").path("less_better").asBoolean()).isTrue();
        assertThat(test(tests, page, "Failed requests", "2 clients").path("avg_score").asDouble()).isZero();
        assertThat(test(tests, page, "Transfer rate", "2 clients").path("metrics").asText()).isEqualTo("KB/s");
    }

    @Test
    void pt_run_of_wrk_uploads_its_measurements_as_a_job() throws IOException {
        String page = server.baseUrl() + "/api/v1.0/0/project/";

        Pt.Result r = pt().run("run", "--url", server.baseUrl(), "--title", "wrk", "--", "wrk", "-t", "1", "-c",
                "4", "-d", "1s", "--latency", page);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode tests = tests(uploadedJob(r));
        List<String> tags = new ArrayList<>();
        tests.forEach(t -> tags.add(t.path("tag").asText()));
        assertThat(tags).contains("Requests per second", "Latency p99");
        assertThat(test(tests, page, "Requests per second", "4 connections").path("avg_score").asDouble())
                .isPositive();
    }

    @Test
    void pt_suite_run_runs_a_matrix_of_ab_and_wrk_and_uploads_one_job() throws IOException {
        Pt pt = pt();
        String health = server.baseUrl() + "/api/health";
        Files.writeString(pt.workingDirectory().resolve("smoke.yaml"), """
                job:
                  title: Smoke
                  tag: smoke
                defaults:
                  timeout: 60s
                tests:
                  - tool: ab
                    url: %s
                    concurrency: [1, 2]
                    requests: 100
                    warmup: 1
                  - tool: wrk
                    url: %s
                    concurrency: 2
                    threads: 1
                    duration: 1s
                """.formatted(health, health));

        Pt.Result r = pt.run("suite", "run", "smoke.yaml", "--url", server.baseUrl(), "--build", "1.4.0-513");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        long id = uploadedJob(r);
        JsonNode job = server.getJson("/api/v1.0/0/job/" + id);
        assertThat(job.path("suite_name").asText()).isEqualTo("smoke");
        JsonNode tests = tests(id);
        assertThat(test(tests, health, "Requests per second", "1 clients").path("score_count").asInt()).isOne();
        test(tests, health, "Requests per second", "2 clients");
        test(tests, health, "Requests per second", "2 connections");
    }

    @Test
    void results_are_kept_while_the_server_is_down_and_uploaded_later() throws IOException {
        Pt pt = pt();
        RunningServer down = RunningServer.start(TestDatabase.SQLITE);
        String downUrl = down.baseUrl();
        down.close();

        Pt.Result kept = pt.run("run", "--url", downUrl, "--retries", "1", "--title", "Kept", "--", "ab", "-n",
                "100", server.baseUrl() + "/api/health");

        assertThat(kept.exitCode()).as(kept.toString()).isEqualTo(3);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir.resolve("home/pending"))) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(kept.err()).contains("upload it later with: pt upload " + files.get(0));

        Pt.Result later = pt.run("upload", "--url", server.baseUrl(), files.get(0).toString());

        assertThat(later.exitCode()).as(later.toString()).isZero();
        JsonNode job = server.getJson("/api/v1.0/0/job/" + uploadedJob(later));
        assertThat(job.path("title").asText()).isEqualTo("Kept");
        assertThat(job.path("tests_total").asInt()).isEqualTo(14);
        assertThat(files.get(0)).doesNotExist();
    }

    @Test
    void jobs_are_listed_and_shown_from_the_server() throws IOException {
        Pt pt = pt();
        Pt.Result uploaded = pt.run("run", "--url", server.baseUrl(), "--title", "Listed", "--", "ab", "-n", "50",
                server.baseUrl() + "/api/health");
        long id = uploadedJob(uploaded);

        Pt.Result list = pt.run("job", "list", "--url", server.baseUrl(), "--search", "Listed");
        Pt.Result show = pt.run("job", "show", String.valueOf(id), "--url", server.baseUrl());

        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains("Listed", "1 of 1 job matching");
        assertThat(show.out()).contains("Job " + id + ": Listed", "Requests per second");
    }
}
