package org.perftracker.core.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perftracker.core.tool.ab.AbParser;
import org.perftracker.core.upload.TestResult;

class ToolParsersTest {
    private final ToolParsers parsers = ToolParsers.standard();

    @Test
    void every_parser_is_found_by_its_name_and_aliases_in_any_case() {
        assertThat(parsers.all()).extracting(ToolOutputParser::name).containsExactly("ab", "wrk", "hey", "jmh",
                "k6", "jmeter", "go-test", "pytest-benchmark", "google-benchmark", "hyperfine", "pt-text",
                "pt-json");
        assertThat(parsers.find("AB")).map(ToolOutputParser::name).contains("ab");
        assertThat(parsers.find("wrk2")).map(ToolOutputParser::name).contains("wrk");
        assertThat(parsers.find("gbench")).map(ToolOutputParser::name).contains("google-benchmark");
        assertThat(parsers.find(" json ")).map(ToolOutputParser::name).contains("pt-json");
        assertThat(parsers.find("text")).map(ToolOutputParser::name).contains("pt-text");
        assertThat(parsers.find("locust")).isEmpty();
        assertThat(parsers.names()).contains("ab", "apachebench", "jtl", "go", "pytest");
        assertThat(parsers.all()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
    }

    @Test
    void a_command_is_detected_with_where_it_writes_its_results() {
        assertDetected("ab -k -c 4 -n 100 http://127.0.0.1:8080/", "ab", Optional.empty());
        assertDetected("sudo taskset -c 1 wrk -t2 -c10 -d30s http://127.0.0.1:8080/", "wrk", Optional.empty());
        assertDetected("wrk2 -R 2000 http://127.0.0.1:8080/", "wrk", Optional.empty());
        assertDetected("hey -n 200 http://127.0.0.1:8080/", "hey", Optional.empty());
        assertDetected("java -jar target/benchmarks.jar -rf json", "jmh", Optional.of("jmh-result.json"));
        assertDetected("k6 run --summary-export=summary.json load.js", "k6", Optional.of("summary.json"));
        assertDetected("jmeter -n -t plan.jmx -l results.jtl", "jmeter", Optional.of("results.jtl"));
        assertDetected("go test -run ^$ -bench . -benchmem ./...", "go-test", Optional.empty());
        assertDetected("pytest --benchmark-json=bench.json tests", "pytest-benchmark", Optional.of("bench.json"));
        assertDetected("./bench --benchmark_out=gb.json", "google-benchmark", Optional.of("gb.json"));
        assertDetected("hyperfine --export-json hf.json 'sleep 0.1'", "hyperfine", Optional.of("hf.json"));
    }

    @Test
    void a_command_of_no_known_tool_is_not_detected() {
        assertThat(parsers.detect(CommandLine.parse("./run-my-benchmark.sh --fast"))).isEmpty();
        assertThat(parsers.detect(CommandLine.empty())).isEmpty();
    }

    @Test
    void two_parsers_may_not_share_a_name() {
        ToolOutputParser other = new ToolOutputParser() {
            @Override
            public String name() {
                return "apachebench";
            }

            @Override
            public String description() {
                return "a clash";
            }

            @Override
            public List<TestResult> parse(ToolOutput output) {
                return List.of();
            }
        };
        assertThatThrownBy(() -> new ToolParsers(List.of(new AbParser(), other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parser name 'apachebench' is used by both 'ab' and 'apachebench'");
    }

    @Test
    void every_parser_refuses_empty_output_with_its_name_and_line_one() {
        for (ToolOutputParser p : parsers.all()) {
            assertThatThrownBy(() -> p.parse(ToolOutput.of("")))
                    .as(p.name())
                    .isInstanceOfSatisfying(UnparseableOutputException.class, e -> {
                        assertThat(e.parser()).isEqualTo(p.name());
                        assertThat(e.line()).isEqualTo(1);
                        assertThat(e.getMessage()).startsWith(p.name() + ": line 1: ");
                    });
        }
    }

    private void assertDetected(String command, String parser, Optional<String> file) {
        DetectedTool found = parsers.detect(CommandLine.parse(command)).orElseThrow(
                () -> new AssertionError("no parser detected for " + command));
        assertThat(found.parser().name()).as(command).isEqualTo(parser);
        assertThat(found.source().file()).as(command).isEqualTo(file);
    }
}
