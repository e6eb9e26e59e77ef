package org.perftracker.core.tool.jmh;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.JsonDocument;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.TextLines;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.tool.Units;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;
import org.perftracker.core.upload.UploadParser.TestKey;

/**
 * Reads JMH's JSON result file ({@code -rf json}), with its console log for the benchmarks that failed, or the
 * console log alone.
 *
 * <p>Keys: group = the benchmark's class ({@code org.example.StringBench}); tag = method and mode,
 * {@code "concat (thrpt)"}, and for a secondary metric JMH's own name, {@code "concat:gc.alloc.rate.norm
 * (thrpt)"} (a leading {@code ·} of older JMH versions is dropped); category = the {@code @Param} values,
 * {@code "100 size"} for one parameter and {@code "format=json, size=100"} for several, with
 * {@code threads=N} added when the benchmark ran on more than one thread ({@code "4 threads"} alone).
 *
 * <p>Scores are the raw measurement iterations of every fork ({@code rawData}); for sample mode, the mean of
 * each iteration's histogram. The direction comes from the unit: {@code ops/s} and any other rate is bigger
 * is better, {@code ns/op}, {@code B/op} and times are smaller is better, and every {@code gc.*} metric is
 * smaller is better ({@code gc.alloc.rate} in MB/sec included).
 *
 * <p>JMH leaves a failed benchmark out of the JSON; its console log shows {@code <failure>} and the exception.
 * Each failed run of the log ({@link ToolOutput#console()}, or the text itself when it is a log) becomes a
 * FAILED test with the exception as error message. A log alone gives the primary metric of each iteration
 * line, as printed (3 decimals).
 */
public final class JmhParser implements ToolOutputParser {
    static final String NAME = "jmh";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "JMH result JSON (-rf json), with the console log for failed benchmarks, or the log alone";
    }

    @Override
    public List<TestResult> parse(ToolOutput output) {
        String text = output.text();
        boolean json = text.stripLeading().startsWith("[") || text.stripLeading().startsWith("{");
        List<TestResult> tests = new ArrayList<>();
        List<JmhLog.Run> logRuns;
        if (json) {
            tests.addAll(JmhJson.read(JsonDocument.parse(NAME, text)));
            logRuns = JmhLog.read(output.console());
        } else {
            if (text.isBlank()) {
                throw new UnparseableOutputException(NAME, 1, "the output is empty");
            }
            logRuns = JmhLog.read(text);
            logRuns.stream().filter(r -> r.failure().isEmpty()).forEach(r -> fromLog(r).ifPresent(tests::add));
        }
        addFailures(tests, logRuns);
        if (!json && logRuns.isEmpty()) {
            throw new UnparseableOutputException(NAME, 1,
                    "not JMH output: neither a JSON result nor a log with '# Benchmark:' lines");
        }
        if (tests.isEmpty()) {
            int end = json ? 1 : TextLines.of(text).end();
            throw new UnparseableOutputException(NAME, end, json ? "no benchmark results: the JSON array is empty"
                    : "no benchmark results: no '# Benchmark:' run with measurement iterations");
        }
        return tests;
    }

    @Override
    public Optional<OutputSource> recognize(CommandLine command) {
        OptionalInt java = command.indexOfProgram("java");
        boolean jmh = command.args().stream().anyMatch(a -> a.equals("org.openjdk.jmh.Main")
                || isJmhJar(a));
        if (java.isEmpty() || !jmh) {
            return Optional.empty();
        }
        CommandLine args = command.from(java.getAsInt());
        Optional<String> format = args.option("-rf");
        if (format.isPresent() && format.get().equalsIgnoreCase("json")) {
            return Optional.of(OutputSource.file(args.option("-rff").orElse("jmh-result.json")));
        }
        return Optional.of(OutputSource.stdout());
    }

    private static void addFailures(List<TestResult> tests, List<JmhLog.Run> runs) {
        Set<TestKey> present = new HashSet<>();
        tests.forEach(t -> present.add(TestKey.of(t)));
        for (JmhLog.Run run : runs) {
            if (run.failure().isEmpty()) {
                continue;
            }
            JmhKey key = run.key();
            String unit = run.unit().isEmpty() ? (key.mode().equals("thrpt") ? "ops/s" : "s/op") : run.unit();
            TestResult failed = TestResult.builder(key.tag()).group(key.group()).category(key.category())
                    .metrics(unit).lessBetter(Units.lessBetterByUnit(unit)).status(TestStatus.FAILED)
                    .addError(run.failure().get()).build();
            if (present.add(TestKey.of(failed))) {
                tests.add(failed);
            }
        }
    }

    private static Optional<TestResult> fromLog(JmhLog.Run run) {
        if (run.scores().isEmpty()) {
            return Optional.empty();
        }
        JmhKey key = run.key();
        return Optional.of(TestResult.builder(key.tag()).group(key.group()).category(key.category())
                .metrics(run.unit()).lessBetter(Units.lessBetterByUnit(run.unit())).scores(run.scores()).build());
    }

    /** @return true for the jars JMH's Maven archetype ({@code benchmarks.jar}) and Gradle plugin build */
    private static boolean isJmhJar(String arg) {
        String base = arg.substring(Math.max(arg.lastIndexOf('/'), arg.lastIndexOf('\\')) + 1);
        return base.equals("benchmarks.jar") || base.endsWith(".jar") && base.contains("jmh");
    }
}
