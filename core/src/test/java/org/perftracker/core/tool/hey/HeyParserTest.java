package org.perftracker.core.tool.hey;

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

class HeyParserTest {
    private final HeyParser parser = new HeyParser();

    private static ToolOutput run(String fixture, String command) {
        return ToolOutput.of(text(fixture)).withCommand(command);
    }

    @Test
    void a_clean_run_takes_its_key_from_the_command_and_gives_latency_in_milliseconds() {
        List<TestResult> tests = parser.parse(run("hey/ok-n200-c4.txt",
                "hey -n 200 -c 4 http://127.0.0.1:8765/index.html"));

        assertThat(tests).extracting(TestResult::tag).containsExactly("Requests per second", "Latency mean",
                "Latency min", "Latency max", "Latency p10", "Latency p25", "Latency p50", "Latency p75",
                "Latency p90", "Latency p95", "Latency p99", "Non-2xx responses", "Failed requests");
        assertThat(tests).allSatisfy(t -> {
            assertThat(t.group()).isEqualTo("http://127.0.0.1:8765/index.html");
            assertThat(t.category()).isEqualTo("4 clients");
            assertThat(t.loops()).hasValue(200);
            assertThat(t.durationSec()).hasValue(0.0498);
            assertThat(t.errors()).isZero();
            assertThat(t.cmdline()).isEqualTo("hey -n 200 -c 4 http://127.0.0.1:8765/index.html");
        });
        assertThat(test(tests, "Requests per second").scores()).containsExactly(4015.0267);
        assertThat(test(tests, "Latency mean").scores().get(0)).isCloseTo(1.0, within(1e-12));
        assertThat(test(tests, "Latency max").scores().get(0)).isCloseTo(4.6, within(1e-12));
        assertThat(test(tests, "Latency p99").scores().get(0)).isCloseTo(4.0, within(1e-12));
        assertThat(test(tests, "Latency p99").metrics()).isEqualTo("ms");
        assertThat(test(tests, "Latency p99").lessBetter()).isTrue();
    }

    @Test
    void without_a_command_the_key_is_empty_and_with_one_the_default_concurrency_is_fifty() {
        assertThat(parser.parse(output("hey/ok-n200-c4.txt"))).allSatisfy(t -> {
            assertThat(t.group()).isEmpty();
            assertThat(t.category()).isEmpty();
        });
        assertThat(parser.parse(run("hey/ok-n200-c4.txt", "hey http://h/")).get(0).category())
                .isEqualTo("50 clients");
    }

    @Test
    void non_2xx_status_codes_are_errors_of_every_test_with_the_codes_in_the_message() {
        List<TestResult> tests = parser.parse(run("hey/flaky-n100-c5.txt", "hey -n 100 -c 5 http://h/flaky?x=1"));

        assertThat(test(tests, "Non-2xx responses").scores()).containsExactly(32.0);
        assertThat(tests).allSatisfy(t -> {
            assertThat(t.errors()).isEqualTo(32);
            assertThat(t.errorMessages()).containsExactly("32 non-2xx responses ([500] 32)");
            assertThat(t.status()).isEqualTo(TestStatus.SUCCESS);
            assertThat(t.loops()).hasValue(100);
        });
    }

    @Test
    void a_run_without_any_response_is_failed_with_hey_s_error_lines_and_no_latency() {
        List<TestResult> refused = parser.parse(run("hey/connection-refused-n20-c2.txt",
                "hey -n 20 -c 2 http://127.0.0.1:8799/"));
        assertThat(refused).extracting(TestResult::tag)
                .containsExactly("Requests per second", "Non-2xx responses", "Failed requests");
        assertThat(refused).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TestStatus.FAILED);
            assertThat(t.errors()).isEqualTo(20);
            assertThat(t.errorMessages()).containsExactly("[20] Get \"http://127.0.0.1:8799/\": dial tcp "
                    + "127.0.0.1:8799: connect: connection refused");
        });
        assertThat(test(refused, "Failed requests").scores()).containsExactly(20.0);

        List<TestResult> timeouts = parser.parse(output("hey/timeouts-n8-c4.txt"));
        assertThat(test(timeouts, "Failed requests").scores()).containsExactly(8.0);
        assertThat(timeouts.get(0).errorMessages().get(0))
                .endsWith("(Client.Timeout exceeded while awaiting headers)");
    }

    @Test
    void a_cut_summary_a_usage_message_empty_output_and_other_output_are_refused() {
        assertThatThrownBy(() -> parser.parse(output("hey/truncated-in-summary.txt")))
                .hasMessage("hey: line 7: the summary ends before 'Requests/sec:'");
        assertThatThrownBy(() -> parser.parse(output("hey/missing-url-usage.txt")))
                .hasMessage("hey: line 1: hey printed its usage instead of a summary: the command line is wrong");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("\n")))
                .hasMessage("hey: line 1: the output is empty");
        assertThatThrownBy(() -> parser.parse(output("wrk/plain-t2-c16.txt")))
                .hasMessage("hey: line 1: not a hey summary: no 'Summary:' line");
    }

    @Test
    void hey_is_recognised_and_writes_to_standard_output() {
        assertThat(parser.recognize(CommandLine.parse("hey -z 10s http://h/"))).contains(OutputSource.stdout());
        assertThat(parser.recognize(CommandLine.parse("ab http://h/"))).isEmpty();
    }
}
