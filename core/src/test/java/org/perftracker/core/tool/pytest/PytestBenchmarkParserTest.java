package org.perftracker.core.tool.pytest;

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

class PytestBenchmarkParserTest {
    private static final String MODULE = "tests/test_codec.py";
    private final PytestBenchmarkParser parser = new PytestBenchmarkParser();

    @Test
    void each_benchmark_is_one_test_with_its_rounds_in_microseconds_keyed_by_module_name_and_parameters() {
        List<TestResult> tests = parser.parse(output("pytest/codec-rounds5.json"));

        assertThat(tests).extracting(TestResult::tag)
                .containsExactly("test_encode", "test_encode", "test_decode", "test_roundtrip_is_broken");
        TestResult small = test(tests, MODULE, "test_encode", "10 size");
        assertThat(small.metrics()).isEqualTo("us");
        assertThat(small.lessBetter()).isTrue();
        assertThat(small.loops()).hasValue(5);
        assertThat(small.scores()).hasSize(5);
        assertThat(small.scores().get(0)).isCloseTo(7.170000003497989, within(1e-9));
        assertThat(small.scores().get(4)).isCloseTo(3.3250000797124812, within(1e-9));
        assertThat(test(tests, MODULE, "test_encode", "1000 size").scores().get(0))
                .isCloseTo(72.02699998742901, within(1e-9));
    }

    @Test
    void a_benchmark_group_set_in_the_test_is_the_group() {
        List<TestResult> tests = parser.parse(output("pytest/codec-rounds5.json"));

        assertThat(test(tests, "parse", "test_decode", "").scores().get(1)).isCloseTo(6.3389999240826, within(1e-9));
    }

    @Test
    void a_benchmark_whose_test_failed_after_measuring_is_failed_when_pytest_s_output_is_given() {
        ToolOutput out = output("pytest/codec-rounds5.json").withConsole(text("pytest/codec-rounds5.log"));
        List<TestResult> tests = parser.parse(out);

        TestResult broken = test(tests, MODULE, "test_roundtrip_is_broken", "");
        assertThat(broken.status()).isEqualTo(TestStatus.FAILED);
        assertThat(broken.errorMessages()).containsExactly("assert '{\"items\": [0, ...");
        assertThat(broken.scores()).hasSize(5);
        assertThat(tests).filteredOn(t -> t.status() == TestStatus.FAILED).hasSize(1);
        assertThat(parser.parse(output("pytest/codec-rounds5.json"))).allMatch(t -> t.status() == TestStatus.SUCCESS);
    }

    @Test
    void without_rounds_the_mean_is_the_score_and_the_standard_deviation_its_deviation() {
        String json = "{\"benchmarks\": [{\"group\": null, \"name\": \"test_x\", \"fullname\": \"t.py::C::test_x\","
                + " \"params\": null, \"stats\": {\"mean\": 0.0025, \"stddev\": 0.0001, \"rounds\": 10,"
                + " \"iterations\": 100}}]}";
        TestResult t = parser.parse(ToolOutput.of(json)).get(0);

        assertThat(t.group()).isEqualTo("t.py");
        assertThat(t.tag()).isEqualTo("C::test_x");
        assertThat(t.scores().get(0)).isCloseTo(2500.0, within(1e-9));
        assertThat(t.deviations().get(0)).isCloseTo(100.0, within(1e-9));
        assertThat(t.loops()).hasValue(1000);
    }

    @Test
    void no_benchmarks_other_json_and_empty_output_are_refused() {
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("{\n  \"benchmarks\": []\n}")))
                .hasMessage("pytest-benchmark: line 2: no benchmark results: 'benchmarks' is empty");
        assertThatThrownBy(() -> parser.parse(output("hyperfine/two-commands-runs5.json")))
                .hasMessage("pytest-benchmark: line 1: expected pytest-benchmark's JSON: "
                        + "an object with a 'benchmarks' array");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("")))
                .hasMessage("pytest-benchmark: line 1: the output is empty; expected JSON");
    }

    @Test
    void pytest_with_a_json_file_is_recognised() {
        assertThat(parser.recognize(CommandLine.parse("python3 -m pytest tests --benchmark-json=out.json")))
                .contains(OutputSource.file("out.json"));
        assertThat(parser.recognize(CommandLine.parse("pytest tests"))).isEmpty();
    }
}
