package org.perftracker.client.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.perftracker.client.run.ToolStep;
import org.perftracker.core.upload.EnvNode;

class SuiteReaderTest {
    private static final Path FILE = Path.of("/suites/nightly.yaml");

    private static Suite parse(String yaml) {
        return SuiteReader.parse(FILE, yaml);
    }

    /** The complete example of docs/suites.md, which must stay a valid suite. */
    static String documentedExample() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "suites.md"));
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("a yaml block in docs/suites.md").isTrue();
        return m.group(1);
    }

    @Test
    void the_documented_example_is_a_valid_suite_with_every_part() throws IOException {
        Suite suite = parse(documentedExample());

        assertThat(suite.job().project()).contains("Web app");
        assertThat(suite.job().productVer()).contains("1.4.0-512");
        assertThat(suite.job().regressionTag()).contains("nightly");
        assertThat(suite.job().links()).containsEntry("Grafana", "https://grafana.example.com/d/web-app");
        assertThat(suite.defaults()).isEqualTo(new RunSettings(Optional.of(3), Optional.of(1),
                Optional.of(Duration.ofMinutes(5))));
        assertThat(suite.localHost()).isTrue();
        assertThat(suite.nodes()).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("app-1");
            assertThat(n.ramMb()).hasValue(32 * 1024);
            assertThat(n.children()).extracting(EnvNode::name).containsExactly("web");
        });
        assertThat(suite.tests()).extracting(SuiteTest::name)
                .containsExactly("Pages", "API", "Microbenchmarks", "Login latency");
        assertThat(suite.steps()).hasSize(6 + 2 + 1 + 1);
    }

    @Test
    void a_load_test_is_every_url_at_every_concurrency_in_order_with_the_tools_arguments() throws IOException {
        List<ToolStep> steps = parse(documentedExample()).steps();

        assertThat(steps.subList(0, 3)).extracting(ToolStep::command).containsExactly(
                List.of("ab", "-n", "1000", "-c", "1", "-k", "http://10.0.0.5/"),
                List.of("ab", "-n", "1000", "-c", "4", "-k", "http://10.0.0.5/"),
                List.of("ab", "-n", "1000", "-c", "16", "-k", "http://10.0.0.5/"));
        assertThat(steps.get(3).command()).containsExactly("ab", "-n", "1000", "-c", "1", "-k",
                "http://10.0.0.5/login");
        assertThat(steps.get(6).command()).containsExactly("wrk", "-t", "2", "-c", "8", "-d", "10s", "--latency",
                "-H", "Accept: application/json", "http://10.0.0.5/api/items");
        assertThat(steps.get(6).iterations()).isEqualTo(5);
        assertThat(steps.get(6).warmups()).isEqualTo(1);
        assertThat(steps.get(6).timeout()).contains(Duration.ofMinutes(1));
        assertThat(steps.get(0).parser().name()).isEqualTo("ab");
    }

    @Test
    void a_command_test_runs_through_the_shell_in_its_directory_and_reads_its_results_file() throws IOException {
        List<ToolStep> steps = parse(documentedExample()).steps();

        ToolStep jmh = steps.get(8);
        assertThat(jmh.command()).containsExactly("sh", "-c",
                "java -jar target/benchmarks.jar -f 1 -rf json -rff target/jmh.json");
        assertThat(jmh.parser().name()).isEqualTo("jmh");
        assertThat(jmh.source().file()).contains("target/jmh.json");
        assertThat(jmh.directory()).isEqualTo(Path.of("/bench"));
        assertThat(jmh.environment()).containsEntry("JAVA_TOOL_OPTIONS", "-Xmx2g");
        assertThat(jmh.iterations()).isEqualTo(1);
        assertThat(jmh.warmups()).isZero();
        ToolStep login = steps.get(9);
        assertThat(login.command()).containsExactly("./scripts/login-bench.sh", "--users", "50");
        assertThat(login.parser().name()).isEqualTo("pt-text");
        assertThat(login.source().file()).contains("out/login.txt");
        assertThat(login.directory()).isEqualTo(Path.of("/suites"));
    }

    @Test
    void wrk_threads_never_exceed_the_connections_and_hey_can_run_for_a_duration() {
        Suite suite = parse("""
                tests:
                  - tool: wrk
                    url: http://h/
                    concurrency: 1
                    duration: 1500ms
                  - tool: hey
                    url: http://h/
                    concurrency: [2]
                    duration: 3s
                    keepalive: false
                """);

        assertThat(suite.steps()).extracting(ToolStep::command).containsExactly(
                List.of("wrk", "-t", "1", "-c", "1", "-d", "2s", "--latency", "http://h/"),
                List.of("hey", "-z", "3s", "-c", "2", "-disable-keepalive", "http://h/"));
        assertThat(suite.name()).isEqualTo("nightly");
        assertThat(suite.steps().get(0).iterations()).isEqualTo(1);
    }

    @Test
    void every_problem_of_a_suite_is_reported_at_once_with_its_line() {
        String yaml = """
                job:
                  project: Web app
                  titel: Nightly
                tests:
                  - tool: ab
                    urls: [http://h/]
                    concurency: [1, 4]
                  - tool: ab
                    url: http://h/
                    concurrency: [1, four]
                  - tool: ab
                    url: http://h/
                    concurrency: 500
                  - command: ./my-bench
                  - tool: wrk
                    command: wrk http://h/
                  - tool: siege
                    url: http://h/
                    timeout: soon
                """;

        assertThatThrownBy(() -> parse(yaml)).isInstanceOfSatisfying(SuiteFileException.class, e ->
                assertThat(e.problems()).containsExactly(
                        FILE + ":3: job.titel: unknown key; known keys here: build, links, product, project, suite, "
                                + "suite_version, tag, title",
                        FILE + ":7: tests[0].concurency: unknown key; known keys here: args, concurrency, duration, "
                                + "iterations, keepalive, latency, name, requests, threads, timeout, tool, url, urls, "
                                + "warmup",
                        FILE + ":10: tests[1].concurrency: must be a whole number ≥ 1 or a list of them, got 'four'",
                        FILE + ":13: tests[2].concurrency: ab needs at least as many requests as clients: 100 < 500",
                        FILE + ":14: tests[3].command: cannot tell which tool './my-bench' is; add 'parser:' (one of "
                                + "ab, wrk, hey, jmh, k6, jmeter, go-test, pytest-benchmark, google-benchmark, "
                                + "hyperfine, pt-text, pt-json)",
                        FILE + ":15: tests[4].tool: unknown key; known keys here: command, directory, iterations, "
                                + "name, parser, results, timeout, variables, warmup",
                        FILE + ":15: tests[4]: a test has either 'tool' (ab, wrk or hey over urls × concurrency) or "
                                + "'command'",
                        FILE + ":19: tests[5].timeout: 'soon' is not a duration; write e.g. 90s, 500ms, 5m, 1h or "
                                + "1m30s",
                        FILE + ":17: tests[5].tool: must be one of [ab, wrk, hey] (for other tools, use 'command')"));
    }

    @Test
    void a_file_without_tests_or_not_yaml_at_all_is_refused() {
        assertThatThrownBy(() -> parse("job:\n  title: x\n")).isInstanceOfSatisfying(SuiteFileException.class,
                e -> assertThat(e.problems()).containsExactly(
                        FILE + ":1: 'tests' must be a list of at least one test"));
        assertThatThrownBy(() -> parse("tests: [\n  {tool: ab\n")).isInstanceOf(SuiteFileException.class)
                .hasMessage(FILE + ":2: not valid YAML: while parsing a flow mapping; expected ',' or '}', but got "
                        + "<stream end>");
        assertThatThrownBy(() -> SuiteReader.read(Path.of("/no/such/suite.yaml")))
                .hasMessage("/no/such/suite.yaml: no such file");
    }
}
