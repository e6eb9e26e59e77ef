package org.perftracker.core.tool.gotest;

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

class GoTestParserTest {
    private static final String STRS = "example.com/gob/strs";
    private static final String BOOM = "example.com/gob/boom";
    private final GoTestParser parser = new GoTestParser();

    @Test
    void each_count_run_is_a_score_and_each_benchmem_unit_a_test_keyed_by_package_and_name() {
        List<TestResult> tests = parser.parse(output("gotest/count3-two-packages.txt"));

        assertThat(tests).extracting(TestResult::tag).containsExactly("Split", "Split B/op", "Split allocs/op",
                "Fib/n=10", "Fib/n=10 B/op", "Fib/n=10 allocs/op", "Fib/n=15", "Fib/n=15 B/op",
                "Fib/n=15 allocs/op", "Join", "Join MB/s", "Join B/op", "Join allocs/op");
        TestResult fib = test(tests, STRS, "Fib/n=10", "");
        assertThat(fib.scores()).containsExactly(268.7, 252.6, 251.8);
        assertThat(fib.metrics()).isEqualTo("ns/op");
        assertThat(fib.lessBetter()).isTrue();
        assertThat(fib.loops()).hasValue(9000);
        assertThat(fib.attribs()).containsEntry("GOMAXPROCS", "2");
        assertThat(test(tests, BOOM, "Split", "").scores()).containsExactly(0.9647, 1.065, 1.225);
        TestResult mbs = test(tests, STRS, "Join MB/s", "");
        assertThat(mbs.scores()).containsExactly(235.26, 244.74, 264.77);
        assertThat(mbs.lessBetter()).isFalse();
        assertThat(test(tests, STRS, "Join allocs/op", "").scores()).containsExactly(1.0, 1.0, 1.0);
        assertThat(test(tests, STRS, "Join B/op", "").lessBetter()).isTrue();
    }

    @Test
    void several_gomaxprocs_values_become_the_category_and_a_failed_benchmark_is_failed_with_its_message() {
        List<TestResult> tests = parser.parse(output("gotest/count2-cpu1-2-failing.txt"));

        assertThat(test(tests, STRS, "Fib/n=10", "1 cpus").scores()).containsExactly(412.8, 402.6);
        assertThat(test(tests, STRS, "Fib/n=10", "2 cpus").scores()).containsExactly(475.6, 419.3);
        TestResult hits = test(tests, STRS, "Hits hits/op", "2 cpus");
        assertThat(hits.scores()).containsExactly(0.3335, 0.3335);
        assertThat(hits.lessBetter()).isTrue();
        TestResult broken = test(tests, STRS, "Broken", "1 cpus");
        assertThat(broken.status()).isEqualTo(TestStatus.FAILED);
        assertThat(broken.scores()).isEmpty();
        assertThat(broken.errorMessages()).containsExactly("strs_test.go:45: database not reachable: "
                + "dial tcp 127.0.0.1:5432: connect: connection refused");
    }

    @Test
    void a_benchmark_that_panicked_is_failed_with_the_panic_and_the_others_keep_their_scores() {
        List<TestResult> tests = parser.parse(output("gotest/panic.txt"));

        assertThat(tests).extracting(TestResult::tag).containsExactly("Split", "Split B/op", "Split allocs/op",
                "Index");
        TestResult index = test(tests, BOOM, "Index", "");
        assertThat(index.status()).isEqualTo(TestStatus.FAILED);
        assertThat(index.errorMessages()).containsExactly("panic: runtime error: index out of range [3] with length 3");
        assertThat(test(tests, BOOM, "Split", "").scores()).containsExactly(1.356);
    }

    @Test
    void a_package_that_does_not_build_is_a_failed_build_test_in_its_group() {
        List<TestResult> tests = parser.parse(output("gotest/build-failed.txt"));

        assertThat(tests).hasSize(1);
        assertThat(tests.get(0).group()).isEqualTo("example.com/gob/bad");
        assertThat(tests.get(0).tag()).isEqualTo("(build)");
        assertThat(tests.get(0).status()).isEqualTo(TestStatus.FAILED);
        assertThat(tests.get(0).errorMessages())
                .containsExactly("the package does not build: bad/bad_test.go:5:33: undefined: undefinedCall");
    }

    @Test
    void output_without_benchmarks_json_output_and_empty_output_are_refused() {
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("PASS\nok  \texample.com/x\t0.01s\n")))
                .hasMessage("go-test: line 3: no benchmark results: no 'BenchmarkName  N  T ns/op' lines;"
                        + " run go test with -bench");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("{\"Action\":\"start\"}\n")))
                .hasMessage("go-test: line 1: this is go test -json output; run go test without -json");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("")))
                .hasMessage("go-test: line 1: the output is empty");
    }

    @Test
    void go_test_with_bench_is_recognised_and_plain_go_test_is_not() {
        assertThat(parser.recognize(CommandLine.parse("go test -run ^$ -bench . -benchmem ./...")))
                .contains(OutputSource.stdout());
        assertThat(parser.recognize(CommandLine.parse("go test ./..."))).isEmpty();
        assertThat(parser.recognize(CommandLine.parse("go build ./..."))).isEmpty();
    }
}
