package org.perftracker.core.tool.jmh;

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

class JmhParserTest {
    private static final String STRING_BENCH = "org.example.StringBench";
    private static final String MISC_BENCH = "org.example.MiscBench";
    private final JmhParser parser = new JmhParser();

    @Test
    void throughput_is_bigger_is_better_with_every_raw_iteration_of_every_fork_as_scores() {
        List<TestResult> tests = parser.parse(output("jmh/string-bench-gc-f2.json"));

        TestResult concat = test(tests, STRING_BENCH, "concat (thrpt)", "10 size");
        assertThat(concat.metrics()).isEqualTo("ops/s");
        assertThat(concat.lessBetter()).isFalse();
        assertThat(concat.scores()).containsExactly(1204337.5707172968, 5373343.784468996, 7052329.965464639,
                4571158.353072025, 8312817.137360092, 12936572.381470017);
        assertThat(concat.attribs()).containsEntry("jmh", "1.37").containsEntry("jdk", "17.0.15")
                .containsEntry("forks", "2");
        assertThat(test(tests, STRING_BENCH, "concat (thrpt)", "100 size").scores()).hasSize(6)
                .startsWith(359575.0173924411);
    }

    @Test
    void average_time_is_smaller_is_better_and_secondary_gc_metrics_are_tests_of_their_own() {
        List<TestResult> tests = parser.parse(output("jmh/string-bench-gc-f2.json"));

        TestResult hash = test(tests, STRING_BENCH, "hash (avgt)", "100 size");
        assertThat(hash.metrics()).isEqualTo("ns/op");
        assertThat(hash.lessBetter()).isTrue();
        assertThat(hash.scores()).containsExactly(1161.553996814747, 900.8660756474585, 925.2183936358495,
                986.0385092379204, 1062.5040979010998, 2526.4644480317893);

        TestResult norm = test(tests, STRING_BENCH, "concat:gc.alloc.rate.norm (thrpt)", "10 size");
        assertThat(norm.metrics()).isEqualTo("B/op");
        assertThat(norm.lessBetter()).isTrue();
        assertThat(norm.scores()).containsExactly(88.109660842002, 88.00531566273786, 88.0041040552469,
                88.02709431099981, 88.00346385304569, 88.00230114230867);
        TestResult rate = test(tests, STRING_BENCH, "concat:gc.alloc.rate (thrpt)", "10 size");
        assertThat(rate.metrics()).isEqualTo("MB/sec");
        assertThat(rate.lessBetter()).isTrue();
        assertThat(tests).extracting(TestResult::tag).contains("concat:gc.count (thrpt)", "concat:gc.time (thrpt)");
        // JMH leaves gc.time out where no collection ran
        assertThat(tests).filteredOn(t -> t.tag().equals("hash:gc.time (avgt)")).hasSize(1);
        assertThat(tests).hasSize(4 + 4 * 4 - 1);
    }

    @Test
    void sample_mode_scores_are_the_mean_of_each_iteration_histogram_and_percentiles_are_secondary_tests() {
        List<TestResult> tests = parser.parse(output("jmh/misc-bench-sample-ss-failure.json"));

        TestResult sqrt = test(tests, MISC_BENCH, "sqrt (sample)", "");
        assertThat(sqrt.metrics()).isEqualTo("us/op");
        assertThat(sqrt.scores()).hasSize(3);
        assertThat(sqrt.scores().get(0)).isCloseTo(0.03023149256283125, within(1e-15));
        assertThat(sqrt.scores().get(1)).isCloseTo(0.03103879614389843, within(1e-15));
        assertThat(sqrt.scores().get(2)).isCloseTo(0.03159234856535601, within(1e-15));
        TestResult p99 = test(tests, MISC_BENCH, "sqrt:p0.99 (sample)", "");
        assertThat(p99.scores()).containsExactly(0.05, 0.04, 0.04);
        assertThat(p99.lessBetter()).isTrue();

        TestResult once = test(tests, MISC_BENCH, "sumOnce (ss)", "");
        assertThat(once.scores()).containsExactly(2.383297, 2.215017, 2.470566);
        assertThat(once.metrics()).isEqualTo("ms/op");
    }

    @Test
    void a_benchmark_that_failed_is_absent_from_the_json_and_comes_from_the_console_log_as_failed() {
        ToolOutput out = output("jmh/misc-bench-sample-ss-failure.json")
                .withConsole(text("jmh/misc-bench-sample-ss-failure.log"));
        List<TestResult> tests = parser.parse(out);

        assertThat(parser.parse(output("jmh/misc-bench-sample-ss-failure.json")))
                .noneMatch(t -> t.tag().startsWith("broken"));
        TestResult broken = test(tests, MISC_BENCH, "broken (thrpt)", "");
        assertThat(broken.status()).isEqualTo(TestStatus.FAILED);
        assertThat(broken.scores()).isEmpty();
        assertThat(broken.errors()).isEqualTo(1);
        assertThat(broken.errorMessages())
                .containsExactly("java.lang.IllegalStateException: cache corrupted after 1001 calls");
        assertThat(broken.metrics()).isEqualTo("ops/s");
        assertThat(tests).filteredOn(t -> t.status() == TestStatus.FAILED).hasSize(1);
    }

    @Test
    void the_console_log_alone_gives_the_printed_iterations_and_the_failures() {
        List<TestResult> tests = parser.parse(output("jmh/misc-bench-sample-ss-failure.log"));

        assertThat(tests).extracting(TestResult::tag).containsExactly("sqrt (sample)", "sumOnce (ss)",
                "broken (thrpt)");
        assertThat(test(tests, "sumOnce (ss)").scores()).containsExactly(2.383, 2.215, 2.471);
        assertThat(test(tests, "sqrt (sample)").scores()).containsExactly(0.030, 0.031, 0.032);
        assertThat(test(tests, "broken (thrpt)").status()).isEqualTo(TestStatus.FAILED);

        List<TestResult> gc = parser.parse(output("jmh/string-bench-gc-f2.log"));
        assertThat(gc).hasSize(4);
        assertThat(test(gc, STRING_BENCH, "concat (thrpt)", "10 size").scores()).containsExactly(1204337.571,
                5373343.784, 7052329.965, 4571158.353, 8312817.137, 12936572.381);
    }

    @Test
    void parameters_and_threads_make_the_category() {
        String json = "[{\"benchmark\": \"a.B.m\", \"mode\": \"thrpt\", \"threads\": 4,"
                + " \"params\": {\"format\": \"json\", \"size\": \"100\"},"
                + " \"primaryMetric\": {\"score\": 5.0, \"scoreUnit\": \"ops/ms\", \"rawData\": [[4.0, 6.0]]}},"
                + " {\"benchmark\": \"a.B.n\", \"mode\": \"avgt\", \"threads\": 8,"
                + " \"primaryMetric\": {\"score\": 2.5, \"scoreUnit\": \"us/op\"}}]";
        List<TestResult> tests = parser.parse(ToolOutput.of(json));

        assertThat(tests.get(0).group()).isEqualTo("a.B");
        assertThat(tests.get(0).category()).isEqualTo("format=json, size=100, threads=4");
        assertThat(tests.get(0).lessBetter()).isFalse();
        assertThat(tests.get(1).category()).isEqualTo("8 threads");
        assertThat(tests.get(1).scores()).containsExactly(2.5);
    }

    @Test
    void truncated_json_an_empty_result_and_empty_output_are_refused_with_their_line() {
        assertThatThrownBy(() -> parser.parse(output("jmh/truncated.json")))
                .hasMessageStartingWith("jmh: line 85: not valid JSON: Unexpected end-of-input");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("[]\n")))
                .hasMessage("jmh: line 1: no benchmark results: the JSON array is empty");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("")))
                .hasMessage("jmh: line 1: the output is empty");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("[{\"benchmark\": \"a.B.m\", \"mode\": \"thrpt\",\n"
                + "  \"primaryMetric\": {\"score\": 1}}]")))
                .hasMessage("jmh: line 2: m (thrpt): scoreUnit is missing");
        assertThatThrownBy(() -> parser.parse(output("ab/local-javalin-n200-c4-k.txt")))
                .hasMessage("jmh: line 1: not JMH output: neither a JSON result nor a log with '# Benchmark:' lines");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("# JMH version: 1.37\n# Benchmark: a.B.m\n")))
                .hasMessage("jmh: line 3: no benchmark results: no '# Benchmark:' run with measurement iterations");
    }

    @Test
    void a_jmh_jar_is_recognised_with_its_result_file() {
        assertThat(parser.recognize(CommandLine.parse("java -jar target/benchmarks.jar -rf json")))
                .contains(OutputSource.file("jmh-result.json"));
        assertThat(parser.recognize(CommandLine.parse("java -cp x org.openjdk.jmh.Main -rf JSON -rff out.json")))
                .contains(OutputSource.file("out.json"));
        assertThat(parser.recognize(CommandLine.parse("java -jar build/libs/app-jmh.jar")))
                .contains(OutputSource.stdout());
        assertThat(parser.recognize(CommandLine.parse("java -jar app.jar"))).isEmpty();
    }
}
