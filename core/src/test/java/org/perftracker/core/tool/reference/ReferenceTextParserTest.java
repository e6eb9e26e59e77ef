package org.perftracker.core.tool.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perftracker.core.tool.ToolFixtures.output;
import static org.perftracker.core.tool.ToolFixtures.test;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.upload.TestResult;

class ReferenceTextParserTest {
    private final ReferenceTextParser parser = new ReferenceTextParser();

    @Test
    void the_reference_sample_gives_its_six_tests_with_every_key() {
        List<TestResult> tests = parser.parse(output("reference/sample.txt"));

        assertThat(tests).hasSize(6);
        TestResult login = test(tests, "latency", "login", "1 clients");
        assertThat(login.scores()).containsExactly(1.7);
        assertThat(login.metrics()).isEqualTo("sec");
        assertThat(login.lessBetter()).isTrue();
        assertThat(login.loops()).hasValue(8);
        assertThat(login.durationSec()).hasValue(15.3);
        TestResult users = test(tests, "throughput", "GET /users", "4 threads");
        assertThat(users.scores()).containsExactly(82.5, 21.2);
        assertThat(users.metrics()).isEqualTo("rest/sec");
        assertThat(users.lessBetter()).isFalse();
        assertThat(users.loops()).hasValue(1237);
    }

    @Test
    void a_command_s_single_line_uses_the_default_unit_and_repeated_keys_become_iterations() {
        List<TestResult> one = parser.parse(ToolOutput.of("tag: my test; score: 2.3;\n"));
        assertThat(one).hasSize(1);
        assertThat(one.get(0).tag()).isEqualTo("my test");
        assertThat(one.get(0).metrics()).isEqualTo("loops/sec");
        assertThat(one.get(0).scores()).containsExactly(2.3);

        List<TestResult> repeated = parser.parse(ToolOutput.of(
                "TAG: rps; SCORE: 10; Errors: 1\nstarting...\ntag: rps; score: 12; deviation: 0.5; errors: 2\n"));
        assertThat(repeated).hasSize(1);
        assertThat(repeated.get(0).scores()).containsExactly(10.0, 12.0);
        assertThat(repeated.get(0).deviations()).containsExactly(0.5);
        assertThat(repeated.get(0).errors()).isEqualTo(3);
    }

    @Test
    void lines_without_a_tag_or_a_score_and_pairs_without_a_blank_are_ignored_as_the_reference_does() {
        List<TestResult> tests = parser.parse(ToolOutput.of(
                "score: 1\ntag: no score\ntag:x; score: 3\ntag: ok; score:4; score: 5; less_better: 1\n"));

        assertThat(tests).extracting(TestResult::tag).containsExactly("ok");
        assertThat(tests.get(0).scores()).containsExactly(5.0);
        assertThat(tests.get(0).lessBetter()).isFalse();
    }

    @Test
    void a_value_that_is_not_a_number_and_output_without_tests_are_refused_with_their_line() {
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("tag: a; score: 1\ntag: b; score: fast\n")))
                .hasMessage("pt-text: line 2: 'score: fast' is not a number");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("tag: a; scores: 1, 2\n")))
                .hasMessage("pt-text: line 1: 'scores: 1, 2' is not a list of numbers such as [1.5, 2.0]");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("tag: a; score: 1; loops: 2.5\n")))
                .hasMessage("pt-text: line 1: 'loops: 2.5' is not a whole number");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("tag: a; score: 1; metrics: ms\ntag: a; score: 2\n")))
                .hasMessage("pt-text: line 2: test 'a' (group '', category '') is already reported in 'ms',"
                        + " bigger is better");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("hello\nworld\n")))
                .hasMessage("pt-text: line 3: no tests: no line has both 'tag: …;' and 'score: …;'");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("")))
                .hasMessage("pt-text: line 1: the output is empty");
    }
}
