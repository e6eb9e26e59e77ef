package org.perftracker.client.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perftracker.client.Main;

/**
 * {@code pt check} through {@link Main#run} against a stand-in of the server's API on loopback, with standard
 * output and error captured. (The real server's answers are checked by the end-to-end test.)
 */
class CheckCommandTest {
    private static final UUID JOB = UUID.fromString("6f1c0e2a-0000-4000-8000-000000000012");
    private static final String ALERT = """
            {"id": 5, "direction": "regression", "state": "%s", "detected": true, "change_pct": 20.4,
             "p_value": 1e-9, "summary": "login latency +20%% (p < 0.001) since build 1.4.0-512",
             "series": {"tag": "login latency", "category": ""}, "job": {"id": 12, "build": "1.4.0-512"}}""";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private HttpServer server;
    private final Deque<String> checks = new ArrayDeque<>();
    private final AtomicInteger checkCalls = new AtomicInteger();
    private int checkStatus = 200;

    @BeforeEach
    void start() throws IOException {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1.0/0/project/", ex -> answer(ex, 200,
                "[{\"id\": 1, \"name\": \"Default project\"}, {\"id\": 2, \"name\": \"Mobile\"}]"));
        server.createContext("/api/v1.0/1/check/", ex -> {
            checkCalls.incrementAndGet();
            String body;
            synchronized (checks) {
                body = checks.size() > 1 ? checks.poll() : checks.peek();
            }
            answer(ex, checkStatus, body);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static final String SUSPECT = """
            {"group": "web", "tag": "login latency", "category": "", "metrics": "ms", "less_better": true,
             "mean_before": 100.1, "mean_after": 120.3, "change_pct": 20.2, "p_value": 2e-7, "baseline_builds": 11,
             "direction": "regression"}""";

    private static String check(String verdict, boolean analysed, long buildsAfter, String... alerts) {
        return check(verdict, analysed, buildsAfter, List.of(), alerts);
    }

    private static String check(String verdict, boolean analysed, long buildsAfter, List<String> suspects,
            String... alerts) {
        return """
                {"job": {"id": 12, "uuid": "%s", "title": "Nightly 12", "build": "1.4.0-512", "is_linked": true},
                 "regression": {"id": 3, "tag": "webapp-1.4"}, "analysed": %s, "pending": %d, "failed": 0,
                 "builds_after": %d, "builds_needed": 7, "verdict": "%s", "untriaged_regressions": %d,
                 "alerts": [%s], "suspects": [%s], "tests_checked": 2}""".formatted(JOB, analysed, analysed ? 0 : 1,
                buildsAfter, verdict, verdict.equals("regression") ? 1 : 0, String.join(",", alerts),
                String.join(",", suspects));
    }

    private int run(String... extra) {
        String[] args = new String[extra.length + 7];
        System.arraycopy(new String[] {"check", "--url", "http://127.0.0.1:" + server.getAddress().getPort(),
            "--project", "Default project", "--job", JOB.toString()}, 0, args, 0, 7);
        System.arraycopy(extra, 0, args, 7, extra.length);
        return Main.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_job_that_introduced_an_untriaged_regression_fails_the_check() {
        checks.add(check("regression", true, 8, ALERT.formatted("new")));
        assertThat(run("--tag", "webapp-1.4")).isEqualTo(1);
        assertThat(out()).startsWith("pt check: job " + JOB + " (build 1.4.0-512, \"Nightly 12\") in regression"
                + " webapp-1.4: 1 untriaged regression\n")
                .contains("  REGRESSION   login latency +20% (p < 0.001) since build 1.4.0-512  [new] alert 5");
    }

    @Test
    void a_job_without_untriaged_regressions_passes_and_lists_triaged_ones() {
        checks.add(check("ok", true, 8, ALERT.formatted("acknowledged")));
        assertThat(run()).isZero();
        assertThat(out()).contains("no untriaged regression").contains("[acknowledged] alert 5");
    }

    @Test
    void the_markdown_report_is_a_table_of_the_alerts() {
        checks.add(check("regression", true, 8, ALERT.formatted("new")));
        assertThat(run("--markdown")).isEqualTo(1);
        assertThat(out()).startsWith("### PerfTracker check: 1 untriaged regression\n\nJob `" + JOB
                + "` · build `1.4.0-512` · regression `webapp-1.4`\n")
                .contains("| **regression** | login latency | +20% | < 0.001 | 1.4.0-512 | new | 5 |");
    }

    @Test
    void a_recent_job_says_how_many_builds_a_shift_needs_before_it_is_found() {
        checks.add(check("ok", true, 2));
        assertThat(run()).isZero();
        assertThat(out()).contains("note: a shift at this build raises an alert once 7 builds from it on exist; 3 do"
                + " so far");
    }

    @Test
    void a_recent_job_with_a_suspected_regression_fails_unless_only_confirmed_ones_count() {
        checks.add(check("suspected", true, 0, List.of(SUSPECT)));
        assertThat(run()).isEqualTo(1);
        assertThat(out()).contains(": 1 suspected regression, not confirmed yet\n")
                .contains("  SUSPECTED   login latency +20% vs the 11 builds before (p < 0.001)")
                .contains("note: one build cannot tell a shift from a spike");
        out.reset();
        assertThat(run("--confirmed-only")).isZero();
        assertThat(out()).contains("SUSPECTED");
        out.reset();
        assertThat(run("--markdown")).isEqualTo(1);
        assertThat(out()).startsWith("### PerfTracker check: 1 suspected regression, not confirmed yet\n")
                .contains("| **suspected regression** | login latency | +20% | < 0.001 | 11 |");
    }

    @Test
    void wait_polls_until_the_analysis_is_done() {
        checks.add(check("ok", false, 8));
        checks.add(check("ok", false, 8));
        checks.add(check("regression", true, 8, ALERT.formatted("new")));
        assertThat(run("--wait", "30")).isEqualTo(1);
        assertThat(checkCalls.get()).isEqualTo(3);
    }

    @Test
    void an_analysis_that_does_not_finish_in_time_is_an_error() {
        checks.add(check("ok", false, 8));
        assertThat(run("--wait", "1")).isEqualTo(3);
        assertThat(err()).contains("did not finish within 1 s (1 queued)");
    }

    @Test
    void errors_of_the_server_and_unknown_projects_exit_3_with_the_servers_message() {
        checkStatus = 404;
        checks.add("{\"message\": \"Job 6f1c is not part of regression 'x'\", \"errors\": {}}");
        assertThat(run("--tag", "x")).isEqualTo(3);
        assertThat(err()).contains("pt check: Job 6f1c is not part of regression 'x' (HTTP 404)");
        assertThat(Main.run("check", "--url", "http://127.0.0.1:" + server.getAddress().getPort(), "--project",
                "Nope", "--job", JOB.toString())).isEqualTo(3);
        assertThat(err()).contains("no project 'Nope'").contains("'Default project', 'Mobile'");
    }

    @Test
    void an_unreachable_server_exits_3_and_bad_usage_exits_2() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(Main.run("check", "--url", "http://127.0.0.1:" + closed, "--project", "1", "--job",
                JOB.toString())).isEqualTo(3);
        assertThat(err()).contains("cannot reach http://127.0.0.1:" + closed);
        assertThat(Main.run("check", "--project", "1")).isEqualTo(2);
        assertThat(Main.run("check", "--project", "1", "--job", "not-a-uuid")).isEqualTo(2);
    }
}
