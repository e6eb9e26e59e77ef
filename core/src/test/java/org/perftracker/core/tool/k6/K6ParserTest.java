package org.perftracker.core.tool.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.perftracker.core.tool.ToolFixtures.test;
import static org.perftracker.core.tool.ToolFixtures.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

class K6ParserTest {
    private static final String COMMAND = "k6 run --vus 10 --duration 30s --summary-export out.json scripts/shop.js";
    private final K6Parser parser = new K6Parser();

    private List<TestResult> parse(String fixture) {
        return parser.parse(ToolOutput.of(text(fixture)).withCommand(COMMAND));
    }

    @Test
    void trends_counters_and_rates_become_tests_keyed_by_script_and_virtual_users() {
        List<TestResult> tests = parse("k6/shop-handle-summary.json");

        assertThat(tests).allSatisfy(t -> {
            assertThat(t.group()).isEqualTo("shop.js");
            assertThat(t.category()).isEqualTo("10 vus");
            assertThat(t.loops()).hasValue(750);
        });
        TestResult p95 = test(tests, "http_req_duration p(95)");
        assertThat(p95.scores()).containsExactly(310.9);
        assertThat(p95.metrics()).isEqualTo("ms");
        assertThat(p95.lessBetter()).isTrue();
        assertThat(p95.durationSec().getAsDouble()).isCloseTo(30.0284567, within(1e-12));
        assertThat(test(tests, "http_req_duration{expected_response:true} med").scores()).containsExactly(97.9);
        TestResult reqs = test(tests, "http_reqs rate");
        assertThat(reqs.scores()).containsExactly(49.95262);
        assertThat(reqs.metrics()).isEqualTo("requests/s");
        assertThat(reqs.lessBetter()).isFalse();
        assertThat(test(tests, "data_received rate").metrics()).isEqualTo("B/s");
        assertThat(test(tests, "checks").scores().get(0)).isCloseTo(97.77777777777777, within(1e-9));
        assertThat(test(tests, "checks").lessBetter()).isFalse();
        assertThat(tests).noneMatch(t -> t.tag().startsWith("vus"));
        assertThat(tests).filteredOn(t -> t.tag().startsWith("http_req_duration ")).hasSize(6);
    }

    @Test
    void failed_requests_and_failed_checks_are_errors_and_a_crossed_threshold_fails_its_metric() {
        List<TestResult> tests = parse("k6/shop-handle-summary.json");

        TestResult failed = test(tests, "http_req_failed");
        assertThat(failed.scores()).containsExactly(2.0);
        assertThat(failed.metrics()).isEqualTo("%");
        assertThat(failed.lessBetter()).isTrue();
        assertThat(failed.status()).isEqualTo(TestStatus.FAILED);
        assertThat(failed.errorMessages()).containsExactly("30 of 1500 requests failed",
                "check 'status is 200' failed 30 of 1500 times",
                "check 'checkout::order confirmed' failed 20 of 750 times",
                "threshold 'rate<0.01' on http_req_failed was crossed");
        assertThat(failed.errors()).isEqualTo(30 + 30 + 20 + 1);
        TestResult p95 = test(tests, "http_req_duration p(95)");
        assertThat(p95.status()).isEqualTo(TestStatus.SUCCESS);
        assertThat(p95.errors()).isEqualTo(80);
    }

    @Test
    void the_older_summary_export_file_gives_the_same_tests() {
        List<TestResult> fromData = parse("k6/shop-handle-summary.json");
        List<TestResult> fromExport = parse("k6/shop-summary-export.json");

        assertThat(fromExport).extracting(TestResult::tag)
                .containsExactlyInAnyOrderElementsOf(fromData.stream().map(TestResult::tag).toList());
        for (TestResult t : fromData) {
            TestResult other = test(fromExport, t.tag());
            assertThat(other.scores()).as(t.tag()).isEqualTo(t.scores());
            assertThat(other.metrics()).as(t.tag()).isEqualTo(t.metrics());
            assertThat(other.lessBetter()).as(t.tag()).isEqualTo(t.lessBetter());
            assertThat(other.status()).as(t.tag()).isEqualTo(t.status());
            assertThat(other.errorMessages()).as(t.tag()).isEqualTo(t.errorMessages());
        }
    }

    @Test
    void without_a_command_the_group_is_k6() {
        List<TestResult> tests = parser.parse(ToolOutput.of(text("k6/shop-summary-export.json")));

        assertThat(tests).extracting(TestResult::group).containsOnly("k6");
    }

    @Test
    void k6_s_text_summary_other_json_and_empty_output_are_refused() {
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("     checks.........................: 97.77%\n")))
                .hasMessage("k6: line 1: expected k6's summary JSON: run k6 with --summary-export FILE"
                        + " or return JSON.stringify(data) from handleSummary");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("{\"results\": []}")))
                .hasMessage("k6: line 1: expected k6's summary JSON: an object with 'metrics'");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("{\n\"metrics\": {\"vus\": {\"value\": 1}}}")))
                .hasMessage("k6: line 2: no results: the summary has no trend, counter or rate metric");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("")))
                .hasMessage("k6: line 1: the output is empty; expected JSON");
    }

    @Test
    void k6_run_is_recognised_with_its_summary_export_file() {
        assertThat(parser.recognize(CommandLine.parse(COMMAND))).contains(OutputSource.file("out.json"));
        assertThat(parser.recognize(CommandLine.parse("k6 run --summary-export=s.json a.js")))
                .contains(OutputSource.file("s.json"));
    }
}
