package org.perftracker.core.tool.gbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.JsonDocument;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;

/**
 * Reads Google Benchmark's JSON ({@code --benchmark_format=json} or {@code --benchmark_out=FILE}).
 *
 * <p>Keys: group = the benchmark executable's file name ({@code context.executable}); tag = the benchmark
 * family ({@code BM_StringCopy}); category = the rest of the run name: {@code "8"} for {@code BM_StringCopy/8},
 * {@code "64 size"} for {@code BM_VectorPush/size:64}, {@code "2 threads"} for {@code …/threads:2},
 * {@code "size=64, threads=2"} for several named parts, and as written otherwise ({@code "8/real_time"}).
 *
 * <p>Tests per run name: the family tag for {@code real_time} and {@code "<family> cpu_time"}, in the run's
 * {@code time_unit}, smaller is better; {@code "<family> bytes_per_second"} (B/s) and
 * {@code "<family> items_per_second"} (items/s), bigger is better; each user counter as
 * {@code "<family> <counter>"}, bigger is better when its name ends in {@code _per_second}, else smaller.
 * Scores are the repetitions ({@code run_type: iteration}); when only aggregates were reported
 * ({@code --benchmark_report_aggregates_only}), the mean with the stddev aggregate as deviation. A run with
 * {@code error_occurred} (SkipWithError) is FAILED with its {@code error_message}.
 */
public final class GoogleBenchmarkParser implements ToolOutputParser {
    static final String NAME = "google-benchmark";
    private static final Set<String> NOT_COUNTERS = Set.of("name", "family_index", "per_family_instance_index",
            "run_name", "run_type", "repetitions", "repetition_index", "threads", "iterations", "real_time",
            "cpu_time", "time_unit", "aggregate_name", "aggregate_unit", "error_occurred", "error_message",
            "label", "big_o", "rms", "cpu_coefficient", "real_coefficient", "skipped", "skip_message");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> aliases() {
        return List.of("gbench", "googlebenchmark");
    }

    @Override
    public String description() {
        return "Google Benchmark JSON: real and CPU time per repetition, bytes/items per second, user counters";
    }

    @Override
    public List<TestResult> parse(ToolOutput output) {
        String text = output.text().stripLeading();
        if (!text.isEmpty() && !text.startsWith("{")) {
            throw new UnparseableOutputException(NAME, 1, "expected JSON: run the benchmark with "
                    + "--benchmark_format=json or --benchmark_out=FILE");
        }
        JsonDocument doc = JsonDocument.parse(NAME, output.text());
        JsonNode benchmarks = doc.root().path("benchmarks");
        if (!benchmarks.isArray()) {
            throw doc.problem("expected Google Benchmark's JSON: an object with a 'benchmarks' array");
        }
        if (benchmarks.isEmpty()) {
            throw doc.problem("no benchmark results: 'benchmarks' is empty", "benchmarks");
        }
        String group = executable(doc.root().path("context").path("executable").asText(""));
        Map<String, List<JsonNode>> runs = new LinkedHashMap<>();
        for (int i = 0; i < benchmarks.size(); i++) {
            JsonNode b = benchmarks.get(i);
            String runName = b.path("run_name").asText(b.path("name").asText(""));
            if (runName.isEmpty()) {
                throw doc.problem("benchmark " + (i + 1) + " has no name", "benchmarks", i);
            }
            runs.computeIfAbsent(runName, k -> new ArrayList<>()).add(b);
        }
        List<TestResult> out = new ArrayList<>();
        runs.forEach((runName, entries) -> out.addAll(GoogleBenchmarkRun.tests(group, runName, entries)));
        if (out.isEmpty()) {
            throw doc.problem("no benchmark results: no entry has a real_time, cpu_time or counter", "benchmarks");
        }
        return out;
    }

    @Override
    public Optional<OutputSource> recognize(CommandLine command) {
        if (command.args().stream().noneMatch(a -> a.startsWith("--benchmark_"))) {
            return Optional.empty();
        }
        Optional<String> file = command.option("--benchmark_out");
        return Optional.of(file.map(OutputSource::file).orElse(OutputSource.stdout()));
    }

    static boolean isCounter(String field) {
        return !NOT_COUNTERS.contains(field);
    }

    private static String executable(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
