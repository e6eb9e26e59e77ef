package org.perftracker.core.tool.wrk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.perftracker.core.tool.ToolFixtures.output;
import static org.perftracker.core.tool.ToolFixtures.test;
import static org.perftracker.core.tool.ToolFixtures.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

class WrkParserTest {
    private final WrkParser parser = new WrkParser();

    @Test
    void a_run_with_latency_distribution_gives_throughput_latency_percentiles_and_transfer_rate_in_fixed_units() {
        List<TestResult> tests = parser.parse(output("wrk/latency-t2-c8.txt"));

        assertThat(tests).extracting(TestResult::tag).containsExactly("Requests per second", "Latency mean",
                "Latency max", "Latency p50", "Latency p75", "Latency p90", "Latency p99", "Socket errors",
                "Non-2xx or 3xx responses", "Transfer rate");
        assertThat(tests).allSatisfy(t -> {
            assertThat(t.group()).isEqualTo("http://127.0.0.1:8765/index.html");
            assertThat(t.category()).isEqualTo("8 connections");
            assertThat(t.loops()).hasValue(13723);
            assertThat(t.durationSec().getAsDouble()).isCloseTo(2.10, within(1e-9));
            assertThat(t.errors()).isZero();
        });
        assertThat(test(tests, "Requests per second").scores()).containsExactly(6533.27);
        TestResult mean = test(tests, "Latency mean");
        assertThat(mean.scores()).containsExactly(1.26);
        assertThat(mean.deviations()).containsExactly(1.02);
        assertThat(mean.metrics()).isEqualTo("ms");
        assertThat(test(tests, "Latency max").scores()).containsExactly(12.53);
        assertThat(test(tests, "Latency p50").scores()).containsExactly(0.99);
        assertThat(test(tests, "Latency p99").scores()).containsExactly(5.08);
        TestResult transfer = test(tests, "Transfer rate");
        assertThat(transfer.scores().get(0)).isCloseTo(4.77 * 1024, within(1e-9));
        assertThat(transfer.metrics()).isEqualTo("KB/s");
    }

    @Test
    void microseconds_and_plain_bytes_are_converted_to_milliseconds_and_kibibytes() {
        List<TestResult> tests = parser.parse(output("wrk/plain-t2-c16.txt"));

        assertThat(test(tests, "Latency mean").scores().get(0)).isCloseTo(0.52443, within(1e-12));
        assertThat(test(tests, "Latency mean").deviations().get(0)).isCloseTo(0.3917, within(1e-12));
        assertThat(test(tests, "Latency max").scores()).containsExactly(5.62);
        assertThat(tests).noneMatch(t -> t.tag().startsWith("Latency p"));
        assertThat(tests.get(0).category()).isEqualTo("16 connections");
    }

    @Test
    void non_2xx_responses_are_errors_of_every_test_and_counted_in_their_own_test() {
        List<TestResult> tests = parser.parse(output("wrk/missing-page-t1-c4.txt"));

        assertThat(test(tests, "Non-2xx or 3xx responses").scores()).containsExactly(7326.0);
        assertThat(test(tests, "Socket errors").scores()).containsExactly(0.0);
        assertThat(tests).allSatisfy(t -> {
            assertThat(t.errors()).isEqualTo(7326);
            assertThat(t.errorMessages()).containsExactly("7326 non-2xx or 3xx responses");
            assertThat(t.status()).isEqualTo(TestStatus.SUCCESS);
        });
        assertThat(test(tests, "Transfer rate").scores().get(0)).isCloseTo(0.98 * 1024, within(1e-9));
    }

    @Test
    void a_run_where_every_request_timed_out_is_failed_and_has_no_latency() {
        List<TestResult> tests = parser.parse(output("wrk/all-timeouts-t2-c4.txt"));

        assertThat(tests).extracting(TestResult::tag).containsExactly("Requests per second", "Socket errors",
                "Non-2xx or 3xx responses", "Transfer rate");
        assertThat(tests).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TestStatus.FAILED);
            assertThat(t.errors()).isEqualTo(8);
            assertThat(t.errorMessages()).containsExactly("socket errors: connect 0, read 0, write 0, timeout 8");
        });
        assertThat(test(tests, "Socket errors").scores()).containsExactly(8.0);
        assertThat(test(tests, "Transfer rate").scores().get(0)).isCloseTo(375.30 / 1024, within(1e-12));
    }

    @Test
    void wrk2_gives_its_finer_percentiles_and_puts_the_target_rate_from_the_command_in_the_category() {
        ToolOutput out = ToolOutput.of(text("wrk/wrk2-readme-R2000-latency.txt"))
                .withCommand("wrk -t2 -c100 -d30s -R2000 --latency http://127.0.0.1:80/index.html");
        List<TestResult> tests = parser.parse(out);

        assertThat(tests).extracting(TestResult::tag).contains("Latency p50", "Latency p99.9", "Latency p99.99",
                "Latency p99.999", "Latency p100");
        assertThat(tests).allSatisfy(t -> {
            assertThat(t.group()).isEqualTo("http://127.0.0.1:80/index.html");
            assertThat(t.category()).isEqualTo("2000 requests/s, 100 connections");
            assertThat(t.loops()).hasValue(60018);
        });
        assertThat(test(tests, "Latency p99.9").scores()).containsExactly(12.30);
        assertThat(test(tests, "Latency p100").scores()).containsExactly(12.50);
        assertThat(test(tests, "Requests per second").scores()).containsExactly(2000.28);
        assertThat(test(tests, "Transfer rate").scores()).containsExactly(676.18);

        List<TestResult> plain = parser.parse(output("wrk/wrk2-readme-R2000.txt"));
        assertThat(plain.get(0).category()).isEqualTo("100 connections");
        assertThat(test(plain, "Latency mean").scores()).containsExactly(6.46);
    }

    @Test
    void reports_one_after_another_become_iterations_of_the_same_tests() {
        String report = text("wrk/plain-t2-c16.txt");
        List<TestResult> tests = parser.parse(ToolOutput.of(report + report.replace("10722.81", "9876.50")));

        assertThat(test(tests, "Requests per second").scores()).containsExactly(10722.81, 9876.50);
        assertThat(test(tests, "Requests per second").loops()).hasValue(2 * 11787);
    }

    @Test
    void a_run_wrk_could_not_start_a_usage_message_and_a_cut_report_are_refused_with_their_line() {
        assertThatThrownBy(() -> parser.parse(output("wrk/connection-refused.txt")))
                .hasMessage("wrk: line 1: wrk stopped before its report: "
                        + "unable to connect to 127.0.0.1:8799 Connection refused");
        assertThatThrownBy(() -> parser.parse(output("wrk/wrong-option-usage.txt")))
                .hasMessage("wrk: line 1: wrk printed its usage instead of a report: the command line is wrong");
        assertThatThrownBy(() -> parser.parse(output("wrk/truncated-in-distribution.txt")))
                .hasMessage("wrk: line 9: the report ends before 'requests in'");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("")))
                .hasMessage("wrk: line 1: the output is empty");
        assertThatThrownBy(() -> parser.parse(output("ab/local-javalin-n200-c4-k.txt")))
                .hasMessage("wrk: line 1: not a wrk report: no 'Running … test @ URL' line");
    }

    @Test
    void wrk_and_wrk2_are_recognised_and_write_to_standard_output() {
        assertThat(parser.recognize(CommandLine.parse("wrk2 -R 100 http://h/"))).contains(OutputSource.stdout());
        assertThat(parser.recognize(CommandLine.parse("/opt/wrk/wrk -c 1 http://h/")))
                .contains(OutputSource.stdout());
        assertThat(parser.recognize(CommandLine.parse("hey http://h/"))).isEmpty();
    }
}
