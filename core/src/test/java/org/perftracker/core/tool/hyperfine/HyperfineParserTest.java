package org.perftracker.core.tool.hyperfine;

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
import org.perftracker.core.upload.TestResult;

class HyperfineParserTest {
    private final HyperfineParser parser = new HyperfineParser();

    @Test
    void each_command_gives_its_run_times_and_its_user_and_system_time_in_seconds() {
        List<TestResult> tests = parser.parse(output("hyperfine/two-commands-runs5.json"));

        assertThat(tests).extracting(TestResult::tag).containsExactly("sleep 0.01", "sleep 0.01 user",
                "sleep 0.01 system", "true", "true user", "true system");
        TestResult sleep = test(tests, "sleep 0.01");
        assertThat(sleep.group()).isEqualTo("hyperfine");
        assertThat(sleep.metrics()).isEqualTo("s");
        assertThat(sleep.lessBetter()).isTrue();
        assertThat(sleep.scores()).containsExactly(0.011989467, 0.011976342000000001, 0.0118802,
                0.011873680000000001, 0.011895321);
        assertThat(sleep.loops()).hasValue(5);
        assertThat(sleep.errors()).isZero();
        assertThat(test(tests, "sleep 0.01 user").scores()).containsExactly(0.0003176);
        assertThat(test(tests, "true system").scores()).containsExactly(0.0);
    }

    @Test
    void a_parameter_scan_puts_the_value_in_the_category_and_the_template_in_the_tag() {
        ToolOutput out = output("hyperfine/parameter-scan.json")
                .withCommand("hyperfine --runs 3 -P n 1 3 --export-json p.json 'seq {n}000000 > /dev/null'");
        List<TestResult> tests = parser.parse(out);

        assertThat(tests).filteredOn(t -> t.tag().equals("seq {n}000000 > /dev/null"))
                .extracting(TestResult::category).containsExactly("1 n", "2 n", "3 n");
        assertThat(test(tests, "hyperfine", "seq {n}000000 > /dev/null", "2 n").scores())
                .containsExactly(0.02181351384, 0.02214337284, 0.02213434984);

        List<TestResult> withoutCommand = parser.parse(output("hyperfine/parameter-scan.json"));
        assertThat(withoutCommand.get(0).tag()).isEqualTo("seq 1000000 > /dev/null");
        assertThat(withoutCommand.get(0).category()).isEqualTo("1 n");
    }

    @Test
    void runs_that_exited_with_an_error_are_errors_of_the_command_s_tests() {
        List<TestResult> tests = parser.parse(output("hyperfine/failing-ignored.json"));

        assertThat(tests).allSatisfy(t -> {
            assertThat(t.errors()).isEqualTo(3);
            assertThat(t.errorMessages()).containsExactly("3 of 3 runs exited with a non-zero code (2)");
        });
    }

    @Test
    void an_empty_file_left_by_a_stopped_run_gives_hyperfine_s_error_and_other_input_is_refused() {
        assertThatThrownBy(() -> parser.parse(output("hyperfine/aborted-empty.json")
                .withConsole(text("hyperfine/aborted-empty.log"))))
                .hasMessageStartingWith("hyperfine: line 1: hyperfine stopped: Command terminated with non-zero"
                        + " exit code: 2.");
        assertThatThrownBy(() -> parser.parse(output("hyperfine/aborted-empty.json")))
                .hasMessage("hyperfine: line 1: the output is empty");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("{\"results\": [\n]}")))
                .hasMessage("hyperfine: line 1: no benchmark results: 'results' is empty");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("{\"results\": [\n  {\"command\": \"x\"")))
                .hasMessageStartingWith("hyperfine: line 2: not valid JSON: Unexpected end-of-input");
    }

    @Test
    void hyperfine_is_recognised_when_it_exports_json() {
        assertThat(parser.recognize(CommandLine.parse("hyperfine --export-json out.json 'sleep 1'")))
                .contains(OutputSource.file("out.json"));
        assertThat(parser.recognize(CommandLine.parse("hyperfine 'sleep 1'"))).isEmpty();
    }
}
