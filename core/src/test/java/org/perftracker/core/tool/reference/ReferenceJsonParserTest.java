package org.perftracker.core.tool.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perftracker.core.tool.ToolFixtures.output;
import static org.perftracker.core.tool.ToolFixtures.test;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.upload.TestResult;

class ReferenceJsonParserTest {
    private final ReferenceJsonParser parser = new ReferenceJsonParser();

    @Test
    void a_list_of_tests_gives_each_test_with_score_as_a_shortcut_for_scores() {
        List<TestResult> tests = parser.parse(output("reference/sample.json"));

        assertThat(tests).hasSize(6);
        TestResult login = test(tests, "latency", "login", "2 clients");
        assertThat(login.scores()).containsExactly(2.2);
        assertThat(login.lessBetter()).isTrue();
        assertThat(login.cmdline()).isEqualTo("/bin/login-test -c 2 --url http://localhost.localdomain/");
        TestResult users = test(tests, "throughput", "GET /users", "1 threads");
        assertThat(users.scores()).containsExactly(24.0, 25.1);
        assertThat(users.errors()).isEqualTo(1);
        assertThat(users.durationSec()).hasValue(15.0);
    }

    @Test
    void a_job_file_gives_its_tests_and_keeps_their_identity() {
        List<TestResult> tests = parser.parse(output("reference/uploader-to-file.job.json"));

        assertThat(tests).hasSize(6);
        TestResult first = tests.get(0);
        assertThat(first.tag()).isEqualTo("login");
        assertThat(first.uuid()).hasValueSatisfying(u -> assertThat(u).hasToString(
                "2c7a06fa-e9da-11f1-bf04-02fc00000001"));
        assertThat(first.seqNum()).hasValue(1);
        assertThat(test(tests, "throughput", "GET /", "4 threads").scores()).containsExactly(52.2, 52.4);
    }

    @Test
    void objects_without_a_tag_are_skipped_and_lenient_values_are_taken_as_an_upload_takes_them() {
        List<TestResult> tests = parser.parse(ToolOutput.of("[{\"name\": \"old style\", \"score\": 1},"
                + " {\"tag\": \"t\", \"scores\": \"[1, 2]\", \"less_better\": \"True\", \"errors\": [\"HTTP 500\"]}]"));

        assertThat(tests).hasSize(1);
        assertThat(tests.get(0).scores()).containsExactly(1.0, 2.0);
        assertThat(tests.get(0).lessBetter()).isTrue();
        assertThat(tests.get(0).errorMessages()).containsExactly("HTTP 500");
    }

    @Test
    void a_bad_test_is_refused_at_the_line_of_its_value() {
        String json = "[\n  {\"tag\": \"a\", \"score\": 1},\n  {\"name\": \"skipped\"},\n"
                + "  {\"tag\": \"b\",\n   \"scores\": \"fast\"}\n]";
        assertThatThrownBy(() -> parser.parse(ToolOutput.of(json)))
                .hasMessageStartingWith("pt-json: line 5: [2].scores: ");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("[\n  {\"tag\": \"a\"}\n]")))
                .hasMessageStartingWith("pt-json: line 2: [0].scores: is required for a test with status SUCCESS");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("{\"tests\": [\n{\"tag\": \"a\",\n \"status\": \"DONE\","
                + " \"score\": 1}]}")))
                .hasMessageStartingWith("pt-json: line 3: tests[0].status: 'DONE' is not a status");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("{\"results\": []}")))
                .hasMessage("pt-json: line 1: expected a list of tests or a job with 'tests'");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("{\"tests\":\n [{}]}")))
                .hasMessage("pt-json: line 2: no tests: every test object is empty");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("[{\"name\": \"x\"}]")))
                .hasMessage("pt-json: line 1: no tests: no object has a 'tag'");
        assertThatThrownBy(() -> parser.parse(ToolOutput.of("")))
                .hasMessage("pt-json: line 1: the output is empty; expected JSON");
    }
}
