package org.perftracker.core.tool.gbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perftracker.core.tool.ToolFixtures.output;
import static org.perftracker.core.tool.ToolFixtures.test;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

class GoogleBenchmarkParserTest {
    private final GoogleBenchmarkParser parser = new GoogleBenchmarkParser();

    @Test
    void repetitions_are_the_scores_of_real_time_cpu_time_and_bytes_per_second() {
        List<TestResult> tests = parser.parse(output("gbench/repetitions3.json"));

        TestResult real = test(tests, "bench", "BM_StringCopy", "512");
        assertThat(real.metrics()).isEqualTo("ns");
        assertThat(real.lessBetter()).isTrue();
        assertThat(real.scores()).containsExactly(24.018019982596268, 19.1559775384733, 19.70606546615645);
        assertThat(real.loops()).hasValue(3 * 1783853);
        assertThat(test(tests, "bench", "BM_StringCopy cpu_time", "512").scores())
                .containsExactly(15.382194609084937, 15.450722677260963, 15.515217341339238);
        TestResult bytes = test(tests, "bench", "BM_StringCopy bytes_per_second", "512");
        assertThat(bytes.metrics()).isEqualTo("B/s");
        assertThat(bytes.lessBetter()).isFalse();
        assertThat(bytes.scores()).containsExactly(33285237445.741695, 33137608556.881115, 32999859991.378334);
    }

    @Test
    void named_arguments_and_threads_make_the_category_and_user_counters_are_tests() {
        List<TestResult> tests = parser.parse(output("gbench/repetitions3.json"));

        assertThat(tests).extracting(TestResult::category).contains("8", "512", "size=64, threads=1",
                "size=64, threads=2");
        TestResult items = test(tests, "bench", "BM_VectorPush items_per_second", "size=64, threads=2");
        assertThat(items.metrics()).isEqualTo("items/s");
        assertThat(items.lessBetter()).isFalse();
        assertThat(items.scores()).hasSize(3).startsWith(399063462.7733166);
        TestResult pushes = test(tests, "bench", "BM_VectorPush pushes", "size=64, threads=1");
        assertThat(pushes.scores()).containsExactly(0.0003305255873284753, 0.0003305255873284753,
                0.0003305255873284753);
    }

    @Test
    void a_benchmark_skipped_with_an_error_is_failed_once_with_its_message() {
        List<TestResult> tests = parser.parse(output("gbench/repetitions3.json"));

        TestResult connect = test(tests, "bench", "BM_Connect", "");
        assertThat(connect.status()).isEqualTo(TestStatus.FAILED);
        assertThat(connect.errorMessages()).containsExactly("connection refused: 127.0.0.1:6379");
        assertThat(connect.scores()).isEmpty();
        assertThat(tests).filteredOn(t -> t.tag().startsWith("BM_Connect")).hasSize(1);
    }

    @Test
    void with_aggregates_only_the_mean_is_the_score_and_the_stddev_its_deviation() {
        List<TestResult> tests = parser.parse(output("gbench/aggregates-only.json"));

        TestResult real = test(tests, "bench", "BM_StringCopy", "8");
        assertThat(real.scores()).containsExactly(4.9288992555416025);
        assertThat(real.deviations()).containsExactly(0.130923221563601);
        assertThat(test(tests, "bench", "BM_StringCopy bytes_per_second", "512").scores())
                .containsExactly(32929984844.366806);
    }

    @Test
    void one_named_argument_reads_as_an_axis_point() {
        String json = "{\"context\": {\"executable\": \"/build/bin/codec_bench\"}, \"benchmarks\": ["
                + "{\"name\": \"BM_Parse/size:64\", \"run_name\": \"BM_Parse/size:64\", \"run_type\": \"iteration\","
                + " \"iterations\": 10, \"real_time\": 5.0, \"cpu_time\": 4.0, \"time_unit\": \"us\"}]}";
        List<TestResult> tests = parser.parse(ToolOutput.of(json));

        assertThat(tests).extracting(TestResult::group).containsOnly("codec_bench");
        assertThat(tests).extracting(TestResult::category).containsOnly("64 size");
        assertThat(tests.get(0).metrics()).isEqualTo("us");
    }

    @Test
    void console_output_empty_results_and_empty_output_are_refused() {
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("2026-11-26T21:34:51+00:00\nRunning ./bench\n")))
                .hasMessage("google-benchmark: line 1: expected JSON: run the benchmark with "
                        + "--benchmark_format=json or --benchmark_out=FILE");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("{\"context\": {},\n\"benchmarks\": []}")))
                .hasMessage("google-benchmark: line 2: no benchmark results: 'benchmarks' is empty");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("{\"benchmarks\": [\n{\"name\": \"BM_X\"}]}")))
                .hasMessage("google-benchmark: line 1: no benchmark results: no entry has a real_time, cpu_time or"
                        + " counter");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of(" ")))
                .hasMessage("google-benchmark: line 1: the output is empty; expected JSON");
    }

    @Test
    void a_benchmark_binary_is_recognised_by_its_flags_with_its_output_file() {
        assertThat(parser.recognize(CommandLine.parse("./bench --benchmark_out=r.json --benchmark_repetitions=3")))
                .contains(OutputSource.file("r.json"));
        assertThat(parser.recognize(CommandLine.parse("./bench --benchmark_format=json")))
                .contains(OutputSource.stdout());
        assertThat(parser.recognize(CommandLine.parse("./bench"))).isEmpty();
    }
}
