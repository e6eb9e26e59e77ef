package org.perftracker.client.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.JobFile;
import org.perftracker.client.testing.LoopbackServer;
import org.perftracker.client.testing.Pt;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;

class RunCommandTest {
    private static final String LOGIN = "echo 'tag: login; score: 1.7; metrics: sec; less_better: true'";

    @TempDir
    Path dir;

    private final LoopbackServer server = LoopbackServer.start().likePerfTracker();

    @AfterEach
    void stop() {
        server.close();
    }

    private Pt pt() {
        return new Pt(dir);
    }

    private JobUpload written(Pt pt, String file) {
        return JobFile.read(pt.workingDirectory().resolve(file));
    }

    @Test
    void a_command_read_with_a_named_parser_becomes_a_job_file() {
        Pt pt = pt();

        Pt.Result r = pt.run("run", "--to-file", "out.job.json", "--title", "Login", "--build", "1.4.0-512",
                "--project", "Web app", "--tag", "daily", "--no-local-env", "--parser", "pt-text", "--",
                "sh", "-c", LOGIN);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JobUpload job = written(pt, "out.job.json");
        assertThat(job.title()).contains("Login");
        assertThat(job.productVer()).contains("1.4.0-512");
        assertThat(job.projectName()).isEqualTo("Web app");
        assertThat(job.regressionTag()).contains("daily");
        assertThat(job.envNodes()).isEmpty();
        assertThat(job.cmdline().orElseThrow()).startsWith("pt run --to-file out.job.json");
        assertThat(job.tests()).singleElement().satisfies(t -> {
            assertThat(t.tag()).isEqualTo("login");
            assertThat(t.scores()).containsExactly(1.7);
            assertThat(t.lessBetter()).isTrue();
        });
        assertThat(r.out()).contains("login", "1.7 sec", "Job written to " + pt.workingDirectory()
                .resolve("out.job.json"));
    }

    @Test
    void iterations_give_each_test_one_score_per_run_and_warm_ups_none() throws IOException {
        Pt pt = pt();
        Files.writeString(pt.workingDirectory().resolve("bench.sh"),
                "n=$(cat count 2>/dev/null || echo 0); n=$((n+1)); echo $n > count\n"
                        + "echo \"tag: op; score: $n; metrics: ops/s\"\n");

        Pt.Result r = pt.run("run", "--to-file", "out.job.json", "--parser", "pt-text", "--warmup", "1",
                "--iterations", "3", "--", "sh", "bench.sh");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(written(pt, "out.job.json").tests()).singleElement()
                .satisfies(t -> assertThat(t.scores()).containsExactly(2.0, 3.0, 4.0));
        assertThat(r.err()).contains("[1/4] sh bench.sh (warm-up): warm-up done", "[4/4] sh bench.sh (iteration 3 "
                + "of 3): 1 test");
    }

    @Test
    void the_local_host_is_described_unless_asked_not_to() {
        Pt pt = pt();

        pt.run("run", "--to-file", "out.job.json", "--parser", "pt-text", "--", "sh", "-c", LOGIN);

        assertThat(written(pt, "out.job.json").envNodes()).singleElement().satisfies(n -> {
            assertThat(n.nodeType()).isEqualTo("Host");
            assertThat(n.cpus()).isNotEmpty();
        });
    }

    @Test
    void a_tool_that_fails_after_printing_results_is_read_and_its_tests_carry_the_failure() {
        Pt pt = pt();

        Pt.Result r = pt.run("run", "--to-file", "out.job.json", "--parser", "pt-text", "--", "sh", "-c",
                LOGIN + "; exit 4");
        Pt.Result allowed = pt.run("run", "--to-file", "allowed.job.json", "--allow-tool-failure", "--parser",
                "pt-text", "--", "sh", "-c", LOGIN + "; exit 4");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("pt: sh exited with status 4");
        TestResult login = written(pt, "out.job.json").tests().get(0);
        assertThat(login.errors()).isEqualTo(1);
        assertThat(login.errorMessages()).containsExactly("sh exited with status 4");
        assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
    }

    @Test
    void output_that_cannot_be_read_is_kept_and_the_failure_names_its_file_and_line() throws IOException {
        Pt pt = pt();

        Pt.Result r = pt.run("run", "--to-file", "out.job.json", "--", "sh", "-c",
                "echo 'This is ApacheBench, Version 2.3'; echo 'apr_socket_recv: Connection refused (111)' >&2; "
                        + "exit 22", "ab");

        assertThat(r.exitCode()).isEqualTo(3);
        List<String> lines = r.err().lines().filter(l -> l.startsWith("pt: ")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("pt: ab: .*/home/output/\\d{8}-\\d{6}-sh\\.txt:\\d: ab stopped before its "
                + "report: apr_socket_recv: Connection refused \\(111\\)");
        Path kept = Path.of(lines.get(0).replaceFirst("pt: ab: (.*\\.txt):\\d:.*", "$1"));
        int line = Integer.parseInt(lines.get(0).replaceFirst("pt: ab: .*\\.txt:(\\d):.*", "$1"));
        assertThat(Files.readAllLines(kept).get(line - 1)).isEqualTo("apr_socket_recv: Connection refused (111)");
        assertThat(lines.get(1)).isEqualTo("pt: sh exited with status 22");
        assertThat(pt.workingDirectory().resolve("out.job.json")).doesNotExist();
    }

    @Test
    void results_a_tool_writes_to_a_file_are_read_from_there_with_its_console() {
        Pt pt = pt();

        Pt.Result r = pt.run("run", "--to-file", "out.job.json", "--parser", "pt-json", "--results", "r.json",
                "--", "sh", "-c", "echo 'progress…'; echo '[{\"tag\": \"t\", \"score\": 2, \"metrics\": \"s\"}]' "
                        + "> r.json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(written(pt, "out.job.json").tests()).extracting(TestResult::tag).containsExactly("t");
    }

    @Test
    void a_results_file_the_tool_did_not_write_is_a_failure_not_old_results() throws IOException {
        Pt pt = pt();
        Files.writeString(pt.workingDirectory().resolve("r.json"), "[{\"tag\": \"old\", \"score\": 1}]");

        Pt.Result r = pt.run("run", "--to-file", "out.job.json", "--parser", "pt-json", "--results", "r.json",
                "--", "true");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("pt: pt-json: " + pt.workingDirectory().resolve("r.json")
                + ": true wrote no results there");
    }

    @Test
    void a_json_document_on_stdout_is_read_even_when_the_tool_chatters_on_stderr() {
        Pt pt = pt();

        Pt.Result r = pt.run("run", "--to-file", "out.job.json", "--parser", "pt-json", "--", "sh", "-c",
                "echo 'Running benchmarks…' >&2; echo '[{\"tag\": \"t\", \"score\": 2}]'");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(written(pt, "out.job.json").tests()).hasSize(1);
    }

    @Test
    void a_run_past_its_timeout_is_stopped_and_fails() {
        Pt pt = pt();

        Pt.Result r = pt.run("run", "--to-file", "out.job.json", "--timeout", "300ms", "--parser", "pt-text",
                "--", "sleep", "30");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("pt: sleep timed out after 300 ms and was stopped");
    }

    @Test
    void a_command_pt_does_not_know_without_a_parser_is_a_usage_error() {
        Pt.Result r = pt().run("run", "--", "sleep", "0");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("pt: cannot tell which tool 'sleep' is; name the format of its output "
                + "with --parser (one of: ab, wrk, hey, jmh,");
    }

    @Test
    void a_program_that_is_not_installed_is_named() {
        Pt.Result viaParser = pt().run("run", "--parser", "ab", "--", "no-such-tool-7", "http://x/");

        assertThat(viaParser.exitCode()).isEqualTo(3);
        assertThat(viaParser.err()).contains("pt: no-such-tool-7: no such program; is it installed and on the "
                + "PATH?");
    }

    @Test
    void an_uploaded_job_shows_its_tests_and_the_link_to_its_page() {
        Pt.Result r = pt().run("run", "--url", server.url(), "--project", "Web app", "--parser", "pt-text", "--",
                "sh", "-c", LOGIN);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).endsWith("Job 17 created (1 test): " + server.url() + "/2/job/17\n");
        assertThat(server.requests("POST", "/api/v1.0/0/job/")).hasSize(1);
    }

    @Test
    void attached_files_go_up_after_the_job_linked_to_it() throws IOException {
        server.on("/api/v1.0/0/artifact/", LoopbackServer.Answer.json(200, "{\"message\": \"ok\"}"),
                LoopbackServer.Answer.json(200, "{\"uuid\": \"a\", \"size\": 6}"));
        Pt pt = pt();
        Files.writeString(pt.workingDirectory().resolve("server.log"), "hello\n");

        Pt.Result r = pt.run("run", "--url", server.url(), "--attach", "server.log", "--json", "--parser",
                "pt-text", "--", "sh", "-c", LOGIN);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        String jobUuid = new ObjectMapper().readTree(server.requests("POST", "/api/v1.0/0/job/").get(0).body())
                .get("uuid").asText();
        LoopbackServer.Request artifact = server.requests("POST", "/api/v1.0/0/artifact/").get(0);
        assertThat(artifact.body()).contains("name=\"filename\"\r\n\r\nserver.log\r\n",
                "name=\"linked_uuids\"\r\n\r\n[\"" + jobUuid + "\"]", "name=\"inline\"\r\n\r\nTrue", "hello\n");
        assertThat(r.out()).contains("\"artifacts\" : [", "\"file\" : \"" + pt.workingDirectory().resolve("server.log"));
        assertThat(r.err()).contains("attached server.log (6 B) as artifact a");
    }

    @Test
    void a_missing_attachment_is_a_usage_error_before_the_tool_runs() {
        Pt pt = pt();
        Pt.Result r = pt.run("run", "--url", server.url(), "--attach", "missing.log", "--parser", "pt-text", "--",
                "sh", "-c", "touch ran; " + LOGIN);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--attach missing.log: no such file");
        assertThat(pt.workingDirectory().resolve("ran")).doesNotExist();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void json_output_is_for_scripts_and_quiet_prints_nothing() {
        Pt.Result json = pt().run("run", "--url", server.url(), "--json", "--parser", "pt-text", "--", "sh", "-c",
                LOGIN);
        Pt.Result quiet = pt().run("run", "--url", server.url(), "-q", "--parser", "pt-text", "--", "sh", "-c",
                LOGIN);

        assertThat(json.out()).startsWith("{").contains("\"id\" : 17", "\"url\" : \"" + server.url()
                + "/1/job/17\"", "\"tests\" : 1");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void on_a_terminal_progress_is_a_bar_redrawn_in_place() {
        Pt.Result r = pt().onTerminal().run("run", "--to-file", "out.job.json", "--parser", "pt-text", "--",
                "sh", "-c", LOGIN);

        assertThat(r.err()).contains("\r\033[K[1/1] ▕░░░░░░░░░░▏ 0:00 sh -c", "\r\033[K[1/1] sh -c");
    }

    @Test
    void results_are_kept_when_the_server_is_down_and_the_user_is_told_how_to_send_them() throws IOException {
        Pt pt = pt();
        server.close();

        Pt.Result r = pt.run("run", "--url", server.url(), "--retries", "1", "--parser", "pt-text", "--", "sh",
                "-c", LOGIN);

        assertThat(r.exitCode()).isEqualTo(3);
        List<Path> kept;
        try (Stream<Path> files = Files.list(pt.home().resolve("pending"))) {
            kept = files.toList();
        }
        assertThat(kept).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".job.json"));
        assertThat(r.err()).contains("pt: cannot upload the job at " + server.url(), "tried 2 times",
                "the results are kept in " + kept.get(0) + "; upload it later with: pt upload " + kept.get(0));
    }
}
