package org.perftracker.core.tool.pytest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftracker.core.tool.Categories;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.JsonDocument;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;
import org.perftracker.core.upload.UploadParser.TestKey;

/**
 * Reads the JSON that pytest-benchmark writes with {@code --benchmark-json=FILE}.
 *
 * <p>One test per benchmark: group = the benchmark's {@code group} when the test sets one, else its module
 * ({@code tests/test_codec.py}); tag = the test's name within its module without the parameters
 * ({@code "test_encode"}, {@code "TestCodec::test_decode"}); category = its parameters ({@code "10 size"}).
 * Scores are the time of each round ({@code stats.data}) in microseconds, smaller is better; when the file
 * has no rounds, the mean with the standard deviation as deviation. Loops = rounds × iterations.
 *
 * <p>The JSON does not say which tests failed: with pytest's console output ({@link ToolOutput#console()}),
 * a benchmark named in a {@code FAILED tests/…::name - message} line is FAILED with that message.
 */
public final class PytestBenchmarkParser implements ToolOutputParser {
    static final String NAME = "pytest-benchmark";
    private static final Pattern FAILED = Pattern.compile("^(?:FAILED|ERROR) (\\S+::\\S+)(?: - (.*))?$",
            Pattern.MULTILINE);
    private static final double MICROS = 1e6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> aliases() {
        return List.of("pytest");
    }

    @Override
    public String description() {
        return "pytest-benchmark JSON (--benchmark-json): time per round in us, failures from pytest's output";
    }

    @Override
    public List<TestResult> parse(ToolOutput output) {
        JsonDocument doc = JsonDocument.parse(NAME, output.text());
        JsonNode benchmarks = doc.root().path("benchmarks");
        if (!benchmarks.isArray()) {
            throw doc.problem("expected pytest-benchmark's JSON: an object with a 'benchmarks' array");
        }
        if (benchmarks.isEmpty()) {
            throw doc.problem("no benchmark results: 'benchmarks' is empty", "benchmarks");
        }
        Map<String, String> failures = failures(output.console());
        List<TestResult> out = new ArrayList<>();
        Set<TestKey> keys = new HashSet<>();
        for (int i = 0; i < benchmarks.size(); i++) {
            TestResult t = benchmark(doc, benchmarks.get(i), i, failures);
            if (!keys.add(TestKey.of(t))) {
                throw doc.problem("two benchmarks have the same group '" + t.group() + "', name '" + t.tag()
                        + "' and parameters '" + t.category() + "'", "benchmarks", i);
            }
            out.add(t);
        }
        return out;
    }

    @Override
    public Optional<OutputSource> recognize(CommandLine command) {
        if (command.indexOfProgram("pytest", "py.test").isEmpty() && !command.args().contains("pytest")) {
            return Optional.empty();
        }
        return command.option("--benchmark-json").map(OutputSource::file);
    }

    private static TestResult benchmark(JsonDocument doc, JsonNode b, int i, Map<String, String> failures) {
        String fullname = b.path("fullname").asText(b.path("name").asText(""));
        if (fullname.isEmpty()) {
            throw doc.problem("benchmark " + (i + 1) + " has no name", "benchmarks", i);
        }
        int sep = fullname.indexOf("::");
        String module = sep < 0 ? "" : fullname.substring(0, sep);
        String local = sep < 0 ? fullname : fullname.substring(sep + 2);
        int bracket = local.indexOf('[');
        String tag = bracket < 0 ? local : local.substring(0, bracket);
        String group = b.path("group").isTextual() ? b.path("group").asText() : module;
        JsonNode stats = b.path("stats");
        if (!stats.path("mean").isNumber()) {
            throw doc.problem(fullname + ": stats.mean is missing", "benchmarks", i);
        }
        TestResult.Builder t = TestResult.builder(tag).group(group).category(category(b, local, bracket))
                .metrics("us").lessBetter(true)
                .loops(stats.path("rounds").asLong(1) * stats.path("iterations").asLong(1));
        List<Double> rounds = new ArrayList<>();
        stats.path("data").forEach(v -> rounds.add(v.asDouble() * MICROS));
        if (rounds.isEmpty()) {
            t.scores(stats.path("mean").asDouble() * MICROS);
            if (stats.path("stddev").isNumber()) {
                t.addDeviation(stats.path("stddev").asDouble() * MICROS);
            }
        } else {
            t.scores(rounds);
        }
        if (failures.containsKey(fullname)) {
            t.status(TestStatus.FAILED).addError(failures.get(fullname));
        }
        return t.build();
    }

    private static String category(JsonNode b, String local, int bracket) {
        JsonNode params = b.path("params");
        if (params.isObject() && !params.isEmpty()) {
            Map<String, String> map = new LinkedHashMap<>();
            params.properties().forEach(e -> map.put(e.getKey(),
                    e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
            return Categories.ofParams(map);
        }
        return bracket < 0 ? "" : local.substring(bracket + 1, local.length() - 1);
    }

    /** @return test id → message of every {@code FAILED}/{@code ERROR} line of pytest's short summary */
    private static Map<String, String> failures(String console) {
        Map<String, String> out = new HashMap<>();
        Matcher m = FAILED.matcher(console);
        while (m.find()) {
            out.put(m.group(1), m.group(2) == null ? "the test failed" : m.group(2).trim());
        }
        return out;
    }
}
