package org.perftracker.client.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.JobFile;
import org.perftracker.client.testing.LoopbackServer;
import org.perftracker.client.testing.Pt;
import org.perftracker.core.upload.EnvNode;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;

class SuiteCommandTest {
    private static final String SUITE = """
            job:
              project: Web app
              title: Nightly
              suite_version: "3"
              tag: nightly
            defaults:
              iterations: 2
              timeout: 20s
            environment:
              local_host: false
              nodes:
                - name: app-1
                  type: Host
            tests:
              - name: Login
                command: 'echo "tag: login; score: 1.7; metrics: sec; less_better: true"'
                parser: pt-text
              - name: Search
                command: [sh, -c, "echo 'tag: search; group: api; score: 42; metrics: ms'"]
                parser: pt-text
                iterations: 1
                warmup: 1
            """;

    @TempDir
    Path dir;

    private final LoopbackServer server = LoopbackServer.start().likePerfTracker();

    @AfterEach
    void stop() {
        server.close();
    }

    private Pt pt(String suite) throws IOException {
        Pt pt = new Pt(dir);
        Files.writeString(pt.workingDirectory().resolve("nightly.yaml"), suite);
        return pt;
    }

    @Test
    void a_suite_runs_every_test_in_order_and_makes_one_job() throws IOException {
        Pt pt = pt(SUITE);

        Pt.Result r = pt.run("suite", "run", "nightly.yaml", "--build", "1.4.0-512", "--to-file", "job.json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JobUpload job = JobFile.read(pt.workingDirectory().resolve("job.json"));
        assertThat(job.projectName()).isEqualTo("Web app");
        assertThat(job.title()).contains("Nightly");
        assertThat(job.productVer()).contains("1.4.0-512");
        assertThat(job.suiteName()).contains("nightly");
        assertThat(job.suiteVer()).contains("3");
        assertThat(job.regressionTag()).contains("nightly");
        assertThat(job.envNodes()).extracting(EnvNode::name).containsExactly("app-1");
        assertThat(job.tests()).extracting(TestResult::tag).containsExactly("login", "search");
        assertThat(job.tests().get(0).scores()).containsExactly(1.7, 1.7);
        assertThat(job.tests().get(1).scores()).containsExactly(42.0);
        assertThat(r.err()).contains("[1/4] Login: echo", "(iteration 2 of 2): 1 test",
                "[3/4] Search: sh -c", "(warm-up): warm-up done", "[4/4] Search: sh -c");
    }

    @Test
    void the_command_line_wins_over_the_suites_job_fields() throws IOException {
        Pt pt = pt(SUITE);

        pt.run("suite", "run", "nightly.yaml", "--project", "Other", "--title", "Weekly", "--suite", "weekly",
                "--local-env", "--to-file", "job.json");

        JobUpload job = JobFile.read(pt.workingDirectory().resolve("job.json"));
        assertThat(job.projectName()).isEqualTo("Other");
        assertThat(job.title()).contains("Weekly");
        assertThat(job.suiteName()).contains("weekly");
        assertThat(job.envNodes()).extracting(EnvNode::nodeType).containsExactly("Host", "Host");
    }

    @Test
    void a_test_that_fails_does_not_stop_the_others_and_the_suite_exits_with_3() throws IOException {
        Pt pt = pt("""
                tests:
                  - name: Broken
                    command: echo 'nothing to read'
                    parser: pt-text
                  - name: Missing tool
                    command: [no-such-bench-tool, --fast]
                    parser: pt-text
                  - name: Works
                    command: "echo 'tag: ok; score: 1'"
                    parser: pt-text
                """);

        Pt.Result r = pt.run("suite", "run", "nightly.yaml", "--url", server.url());

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("pt: no-such-bench-tool: no such program; is it installed and on the PATH?")
                .containsPattern("pt: pt-text: .*-echo\\.txt:2: no tests");
        assertThat(r.out()).contains("Job 17 created (1 test)");
        assertThat(server.requests("POST", "/api/v1.0/0/job/").get(0).body()).contains("\"tag\" : \"ok\"");
    }

    @Test
    void a_dry_run_prints_the_commands_and_runs_nothing() throws IOException {
        Pt pt = pt("""
                defaults:
                  warmup: 1
                tests:
                  - tool: ab
                    urls: [http://127.0.0.1:1/a, http://127.0.0.1:1/b]
                    concurrency: [1, 2]
                    requests: 10
                    timeout: 90s
                """);

        Pt.Result r = pt.run("suite", "run", "nightly.yaml", "--dry-run");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines()).hasSize(4).first().asString().isEqualTo("ab http://127.0.0.1:1/a: ab -n 10 -c 1 "
                + "-k http://127.0.0.1:1/a  [1 iteration, 1 warm-up, timeout 90 s, parser ab, in "
                + pt.workingDirectory() + "]");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void a_suite_file_with_mistakes_is_not_run_and_every_mistake_is_listed() throws IOException {
        Pt pt = pt("""
                tests:
                  - tool: ab
                    urls: http://h/
                    concurency: 4
                  - command: echo hi
                    parser: nope
                """);

        Pt.Result r = pt.run("suite", "run", "nightly.yaml");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(2).allMatch(l -> l.startsWith("pt: " + pt.workingDirectory()
                .resolve("nightly.yaml") + ":"));
        assertThat(server.requests()).isEmpty();
    }
}
