package org.perftracker.core.tool.jmeter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.perftracker.core.tool.ToolFixtures.output;
import static org.perftracker.core.tool.ToolFixtures.test;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

class JmeterParserTest {
    private final JmeterParser parser = new JmeterParser();

    @Test
    void each_label_gives_the_aggregate_report_numbers_keyed_by_label_and_threads() {
        List<TestResult> tests = parser.parse(output("jmeter/shop-3-threads-v2.13.jtl"));

        assertThat(tests).extracting(TestResult::group).containsOnly("GET home", "GET flaky, maybe", "GET refused");
        assertThat(tests).extracting(TestResult::category).containsOnly("3 threads");
        List<TestResult> home = tests.stream().filter(t -> t.group().equals("GET home")).toList();
        assertThat(home).extracting(TestResult::tag).containsExactly("Requests per second", "Latency mean",
                "Latency min", "Latency max", "Latency p50", "Latency p90", "Latency p95", "Latency p99",
                "Error rate", "Transfer rate");
        assertThat(test(home, "Requests per second").scores().get(0)).isCloseTo(81.74386920980926, within(1e-9));
        TestResult mean = test(home, "Latency mean");
        assertThat(mean.scores().get(0)).isCloseTo(20.733333333333334, within(1e-12));
        assertThat(mean.deviations().get(0)).isCloseTo(21.13438483188527, within(1e-12));
        assertThat(test(home, "Latency min").scores()).containsExactly(1.0);
        assertThat(test(home, "Latency max").scores()).containsExactly(92.0);
        assertThat(test(home, "Latency p50").scores()).containsExactly(13.0);
        assertThat(test(home, "Latency p90").scores()).containsExactly(27.0);
        // JMeter rounds n × p half up: round(28.5) = 29, the 29th smallest
        assertThat(test(home, "Latency p95").scores()).containsExactly(78.0);
        assertThat(test(home, "Latency p99").scores()).containsExactly(92.0);
        assertThat(test(home, "Error rate").scores()).containsExactly(0.0);
        assertThat(test(home, "Transfer rate").scores().get(0)).isCloseTo(62.98428985013624, within(1e-9));
        assertThat(home).allSatisfy(t -> {
            assertThat(t.loops()).hasValue(30);
            assertThat(t.durationSec()).hasValue(0.367);
            assertThat(t.errors()).isZero();
        });
    }

    @Test
    void failed_samples_are_errors_counted_by_kind_and_a_label_that_always_failed_is_failed() {
        List<TestResult> tests = parser.parse(output("jmeter/shop-3-threads-v2.13.jtl"));

        TestResult flaky = test(tests, "GET flaky, maybe", "Error rate", "3 threads");
        assertThat(flaky.scores().get(0)).isCloseTo(33.333333333333336, within(1e-12));
        assertThat(flaky.lessBetter()).isTrue();
        assertThat(flaky.errors()).isEqualTo(10);
        assertThat(flaky.errorMessages()).containsExactly("10 × 500 Internal Server Error");
        assertThat(flaky.status()).isEqualTo(TestStatus.SUCCESS);

        TestResult refused = test(tests, "GET refused", "Requests per second", "3 threads");
        assertThat(refused.status()).isEqualTo(TestStatus.FAILED);
        assertThat(refused.errorMessages()).containsExactly("30 × Non HTTP response code: java.net.ConnectException"
                + " Non HTTP response message: Connection refused");
    }

    @Test
    void a_file_without_header_in_jmeter_2_default_columns_gives_the_same_labels() {
        List<TestResult> tests = parser.parse(output("jmeter/shop-3-threads-v2.13-no-header.jtl"));

        assertThat(tests).extracting(TestResult::group).containsOnly("GET home", "GET flaky, maybe", "GET refused");
        assertThat(test(tests, "GET home", "Latency mean", "3 threads").loops()).hasValue(30);
    }

    @Test
    void jmeter_5_columns_with_quoted_failure_messages_across_lines_are_read() {
        List<TestResult> tests = parser.parse(output("jmeter/checkout-v5-format.jtl"));

        TestResult login = test(tests, "Login", "Requests per second", "2 threads");
        assertThat(login.scores().get(0)).isCloseTo(2 / 0.19, within(1e-9));
        assertThat(test(tests, "Login", "Latency mean", "2 threads").deviations()).containsExactly(10.0);
        assertThat(test(tests, "Login", "Latency p50", "2 threads").scores()).containsExactly(120.0);
        assertThat(test(tests, "Login", "Latency p90", "2 threads").scores()).containsExactly(140.0);
        assertThat(test(tests, "Login", "Transfer rate", "2 threads").scores().get(0)).isCloseTo(15.625,
                within(1e-9));

        TestResult checkout = test(tests, "Checkout", "Error rate", "2 threads");
        assertThat(checkout.scores()).containsExactly(75.0);
        assertThat(checkout.errorMessages()).containsExactly(
                "1 × Test failed: text expected to contain /Thank you, order/",
                "1 × 503 Service Unavailable",
                "1 × Response was null\nexpected \"200\" body");
        assertThat(test(tests, "Checkout", "Latency p50", "2 threads").scores()).containsExactly(70.0);
        assertThat(test(tests, "Checkout", "Latency mean", "2 threads").scores()).containsExactly(76.25);
    }

    @Test
    void a_cut_file_xml_results_and_empty_output_are_refused_with_their_line() {
        assertThatThrownBy(() -> parser.parse(output("jmeter/truncated.jtl")))
                .hasMessage("jmeter: line 20: the line has 1 fields, 'elapsed' is field 2: the file is cut short");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("<?xml version=\"1.0\"?>\n<testResults/>")))
                .hasMessage("jmeter: line 1: XML results are not read; save CSV with "
                        + "-Jjmeter.save.saveservice.output_format=csv");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("timeStamp,elapsed,label,success\n")))
                .hasMessage("jmeter: line 2: no samples after the header line");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("")))
                .hasMessage("jmeter: line 1: the output is empty");
        assertThatThrownBy(() -> parser.parse(output("ab/local-javalin-n200-c4-k.txt")))
                .hasMessage("jmeter: line 1: not a JMeter CSV results file: no 'timeStamp' header and no sample");
    }

    @Test
    void jmeter_in_non_gui_mode_is_recognised_with_its_results_file() {
        assertThat(parser.recognize(CommandLine.parse("jmeter -n -t plan.jmx -l out/results.jtl")))
                .contains(OutputSource.file("out/results.jtl"));
        assertThat(parser.recognize(CommandLine.parse("jmeter -n -t plan.jmx"))).isEmpty();
    }
}
