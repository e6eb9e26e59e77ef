package org.perftracker.core.tool.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perftracker.core.tool.ToolFixtures.output;
import static org.perftracker.core.tool.ToolFixtures.test;
import static org.perftracker.core.tool.ToolFixtures.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

class AbParserTest {
    private final AbParser parser = new AbParser();

    @Test
    void a_clean_keep_alive_run_gives_throughput_latency_percentiles_failures_and_transfer_rate() {
        List<TestResult> tests = parser.parse(output("ab/local-javalin-n200-c4-k.txt"));

        assertThat(tests).extracting(TestResult::tag).containsExactly("Requests per second", "Latency mean",
                "Latency p50", "Latency p66", "Latency p75", "Latency p80", "Latency p90", "Latency p95",
                "Latency p98", "Latency p99", "Latency p100", "Failed requests", "Non-2xx responses",
                "Transfer rate");
        assertThat(tests).allSatisfy(t -> {
            assertThat(t.group()).isEqualTo("http://127.0.0.1:7071/");
            assertThat(t.category()).isEqualTo("4 clients");
            assertThat(t.loops()).hasValue(200);
            assertThat(t.durationSec()).hasValue(0.605);
            assertThat(t.errors()).isZero();
            assertThat(t.status()).isEqualTo(TestStatus.SUCCESS);
        });
        TestResult rps = test(tests, "Requests per second");
        assertThat(rps.scores()).containsExactly(330.55);
        assertThat(rps.metrics()).isEqualTo("requests/s");
        assertThat(rps.lessBetter()).isFalse();
        TestResult mean = test(tests, "Latency mean");
        assertThat(mean.scores()).containsExactly(12.101);
        assertThat(mean.deviations()).containsExactly(8.8);
        assertThat(mean.metrics()).isEqualTo("ms");
        assertThat(mean.lessBetter()).isTrue();
        assertThat(test(tests, "Latency p50").scores()).containsExactly(10.0);
        assertThat(test(tests, "Latency p99").scores()).containsExactly(46.0);
        assertThat(test(tests, "Latency p100").scores()).containsExactly(51.0);
        assertThat(test(tests, "Failed requests").scores()).containsExactly(0.0);
        assertThat(test(tests, "Failed requests").lessBetter()).isTrue();
        assertThat(test(tests, "Transfer rate").scores()).containsExactly(483.23);
        assertThat(test(tests, "Transfer rate").metrics()).isEqualTo("KB/s");
        assertThat(test(tests, "Transfer rate").lessBetter()).isFalse();
    }

    @Test
    void the_url_keeps_a_non_default_port_and_the_query_and_drops_the_default_https_port() {
        List<TestResult> local = parser.parse(output("ab/local-python-n300-c4-k.txt"));
        assertThat(local.get(0).group()).isEqualTo("http://127.0.0.1:8765/index.html");
        assertThat(test(local, "Requests per second").scores()).containsExactly(91.67);

        List<TestResult> https = parser.parse(output("ab/https-n50-c2-k.txt"));
        assertThat(https.get(0).group()).isEqualTo("https://localhost:8443/api/items?page=2");
        assertThat(https.get(0).category()).isEqualTo("2 clients");
    }

    @Test
    void a_report_that_hides_the_host_takes_the_url_from_the_command_or_else_keeps_only_the_path() {
        String report = text("ab/seed-example-n100-c1-k.txt");

        List<TestResult> alone = parser.parse(ToolOutput.of(report));
        assertThat(alone.get(0).group()).isEqualTo("/");
        assertThat(alone.get(0).category()).isEqualTo("1 clients");
        assertThat(test(alone, "Requests per second").scores()).containsExactly(8.44);
        assertThat(test(alone, "Latency mean").deviations()).containsExactly(11.6);
        assertThat(test(alone, "Latency p99").scores()).containsExactly(232.0);

        List<TestResult> withCommand = parser.parse(ToolOutput.of(report)
                .withCommand("ab -k -c 1 -n 100 http://www.example.com/"));
        assertThat(withCommand).allSatisfy(t -> {
            assertThat(t.group()).isEqualTo("http://www.example.com/");
            assertThat(t.cmdline()).isEqualTo("ab -k -c 1 -n 100 http://www.example.com/");
        });
    }

    @Test
    void non_2xx_responses_are_errors_of_every_test_of_the_run_and_have_their_own_count() {
        List<TestResult> tests = parser.parse(output("ab/missing-page-n200-c2.txt"));

        assertThat(test(tests, "Non-2xx responses").scores()).containsExactly(200.0);
        assertThat(test(tests, "Failed requests").scores()).containsExactly(0.0);
        assertThat(tests).allSatisfy(t -> {
            assertThat(t.group()).isEqualTo("http://127.0.0.1:8765/missing");
            assertThat(t.errors()).isEqualTo(200);
            assertThat(t.errorMessages()).containsExactly("200 non-2xx responses");
            assertThat(t.status()).isEqualTo(TestStatus.SUCCESS);
        });
        assertThat(test(tests, "Requests per second").scores()).containsExactly(921.89);
    }

    @Test
    void failed_requests_are_errors_with_ab_s_breakdown_and_add_up_with_non_2xx_responses() {
        List<TestResult> varying = parser.parse(output("ab/varying-length-n200-c8.txt"));
        assertThat(test(varying, "Failed requests").scores()).containsExactly(192.0);
        assertThat(varying.get(0).errors()).isEqualTo(192);
        assertThat(varying.get(0).errorMessages())
                .containsExactly("192 failed requests (Connect: 0, Receive: 0, Length: 192, Exceptions: 0)");

        List<TestResult> flaky = parser.parse(output("ab/flaky-n400-c10.txt"));
        assertThat(flaky.get(0).group()).isEqualTo("http://127.0.0.1:8765/flaky?x=1");
        assertThat(flaky.get(0).category()).isEqualTo("10 clients");
        assertThat(flaky.get(0).errors()).isEqualTo(379 + 129);
        assertThat(flaky.get(0).errorMessages()).containsExactly(
                "379 failed requests (Connect: 0, Receive: 0, Length: 379, Exceptions: 0)",
                "129 non-2xx responses");
        assertThat(test(flaky, "Non-2xx responses").scores()).containsExactly(129.0);
    }

    @Test
    void several_reports_of_the_same_url_and_concurrency_become_iterations_of_one_test() {
        String report = text("ab/local-javalin-n200-c4-k.txt");
        List<TestResult> tests = parser.parse(ToolOutput.of(report + report.replace("330.55", "312.40")));

        assertThat(tests).hasSize(14);
        assertThat(test(tests, "Requests per second").scores()).containsExactly(330.55, 312.40);
        assertThat(test(tests, "Requests per second").loops()).hasValue(400);
        assertThat(test(tests, "Latency mean").deviations()).containsExactly(8.8, 8.8);
    }

    @Test
    void a_run_that_ab_stopped_before_its_report_names_ab_s_error_and_its_line() {
        assertThatThrownBy(() -> parser.parse(output("ab/connection-refused.txt")))
                .isInstanceOf(UnparseableOutputException.class)
                .hasMessage("ab: line 5: ab stopped before its report: apr_socket_recv: Connection refused (111)");
        assertThatThrownBy(() -> parser.parse(output("ab/connection-reset.txt")))
                .hasMessage("ab: line 6: ab stopped before its report: "
                        + "apr_socket_recv: Connection reset by peer (104)");
        assertThatThrownBy(() -> parser.parse(output("ab/keepalive-timeout.txt")))
                .hasMessage("ab: line 6: ab stopped before its report: "
                        + "apr_pollset_poll: The timeout specified has expired (70007)");
    }

    @Test
    void a_report_cut_short_names_the_first_missing_line() {
        assertThatThrownBy(() -> parser.parse(output("ab/truncated-before-rps.txt")))
                .hasMessage("ab: line 23: the report ends before 'Requests per second:'");
        assertThatThrownBy(() -> parser.parse(output("ab/truncated-before-transfer-rate.txt")))
                .hasMessage("ab: line 28: the report ends before 'Transfer rate:'");
        assertThatThrownBy(() -> parser.parse(output("ab/truncated-in-percentiles.txt")))
                .hasMessage("ab: line 45: the percentile table ends before its 100% row");
    }

    @Test
    void empty_output_and_output_of_another_tool_are_refused_at_line_one() {
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("")))
                .isInstanceOf(UnparseableOutputException.class)
                .hasMessage("ab: line 1: the output is empty");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of(" \n\n")))
                .hasMessage("ab: line 1: the output is empty");
        assertThatThrownBy(() -> parser.parse(output("wrk/latency-t2-c8.txt")))
                .isInstanceOfSatisfying(UnparseableOutputException.class, e -> {
                    assertThat(e.parser()).isEqualTo("ab");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.reason()).isEqualTo("not an ab report: no 'Concurrency Level:' line");
                });
    }

    @Test
    void ab_is_recognised_behind_a_wrapper_and_writes_to_standard_output() {
        assertThat(parser.recognize(CommandLine.parse("taskset -c 0 /usr/bin/ab -n 10 http://h/")))
                .contains(OutputSource.stdout());
        assertThat(parser.recognize(CommandLine.parse("wrk -c 10 http://h/"))).isEmpty();
    }
}
