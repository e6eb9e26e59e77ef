package org.perftracker.core.tool.gotest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.TestMerger;
import org.perftracker.core.tool.TextLines;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.tool.Units;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

/**
 * Reads the text output of {@code go test -bench}, with or without {@code -benchmem}, {@code -count} and
 * {@code -cpu}.
 *
 * <p>Keys: group = the package of the preceding {@code pkg:} line; tag = the benchmark's name without its
 * {@code Benchmark} prefix and GOMAXPROCS suffix ({@code BenchmarkFib/n=10-2} is {@code "Fib/n=10"}) for the
 * ns/op metric, and the name plus the unit for the others ({@code "Fib/n=10 B/op"}, {@code "Join MB/s"},
 * {@code "Hits hits/op"}); category = {@code "2 cpus"} when the output shows more than one GOMAXPROCS
 * ({@code -cpu 1,2}), else empty, so that moving to a machine with more cores keeps the series. Each
 * {@code -count} run is one score; loops add up the iterations. Rates ({@code MB/s}, any {@code …/s}) are bigger
 * is better, every other unit smaller is better.
 *
 * <p>{@code --- FAIL: BenchmarkX} and a benchmark that panicked ({@code 0 … NaN ns/op}) become FAILED tests
 * with Go's message; a package that does not build becomes a FAILED test {@code "(build)"} in its group.
 */
public final class GoTestParser implements ToolOutputParser {
    static final String NAME = "go-test";
    private static final Pattern PKG = Pattern.compile("^pkg: (\\S+)");
    private static final Pattern BENCH = Pattern.compile("^(Benchmark\\S*?)(?:-(\\d+))?\\s+(\\d+)\\s+(\\S.*)$");
    private static final Pattern FAIL = Pattern.compile("^\\s*--- FAIL: (Benchmark\\S*?)(?:-(\\d+))?(?:\\s.*)?$");
    private static final Pattern PANIC = Pattern.compile("^panic: (.*)$");
    private static final Pattern BUILD_FAILED = Pattern.compile("^FAIL\\s+(\\S+)\\s+\\[(build|setup) failed\\]");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> aliases() {
        return List.of("go", "gotest", "go-bench");
    }

    @Override
    public String description() {
        return "go test -bench text output (-benchmem, -count, -cpu): ns/op, B/op, allocs/op, MB/s, custom units";
    }

    @Override
    public List<TestResult> parse(ToolOutput output) {
        if (output.isBlank()) {
            throw new UnparseableOutputException(NAME, 1, "the output is empty");
        }
        if (output.text().stripLeading().startsWith("{")) {
            throw new UnparseableOutputException(NAME, 1, "this is go test -json output; run go test without -json");
        }
        TextLines lines = TextLines.of(output.text());
        boolean severalProcs = procsValues(lines).size() > 1;
        TestMerger merger = new TestMerger();
        String pkg = "";
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n);
            Matcher m;
            if ((m = PKG.matcher(line)).find()) {
                pkg = m.group(1);
            } else if ((m = BENCH.matcher(line)).matches()) {
                for (TestResult t : benchmark(lines, n, m, pkg, severalProcs)) {
                    add(merger, t, n);
                }
            } else if ((m = FAIL.matcher(line)).matches()) {
                add(merger, failed(pkg, m, severalProcs, message(lines, n)), n);
            } else if ((m = BUILD_FAILED.matcher(line)).find()) {
                add(merger, TestResult.builder("(build)").group(m.group(1)).metrics("ns/op").lessBetter(true)
                        .status(TestStatus.FAILED).addError(buildError(lines, n)).build(), n);
            }
        }
        if (merger.isEmpty()) {
            throw new UnparseableOutputException(NAME, lines.end(),
                    "no benchmark results: no 'BenchmarkName  N  T ns/op' lines; run go test with -bench");
        }
        return merger.tests();
    }

    @Override
    public Optional<OutputSource> recognize(CommandLine command) {
        var go = command.indexOfProgram("go");
        if (go.isEmpty()) {
            return Optional.empty();
        }
        CommandLine args = command.from(go.getAsInt());
        boolean bench = args.args().size() > 1 && args.args().get(1).equals("test")
                && args.args().stream().anyMatch(a -> a.startsWith("-bench") || a.startsWith("--bench"));
        return bench ? Optional.of(OutputSource.stdout()) : Optional.empty();
    }

    private static List<TestResult> benchmark(TextLines lines, int n, Matcher m, String pkg, boolean procs) {
        String name = shortName(m.group(1));
        String category = procs ? cpus(m.group(2)) : "";
        long iterations = Long.parseLong(m.group(3));
        String[] tokens = m.group(4).trim().split("\\s+");
        List<TestResult> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.length; i += 2) {
            String unit = tokens[i + 1];
            String tag = unit.equals("ns/op") ? name : name + " " + unit;
            TestResult.Builder b = TestResult.builder(tag).group(pkg).category(category).metrics(unit)
                    .lessBetter(Units.lessBetterByUnit(unit)).loops(iterations)
                    .attrib("GOMAXPROCS", m.group(2) == null ? "1" : m.group(2));
            if (tokens[i].equals("NaN") || iterations == 0) {
                if (!unit.equals("ns/op")) {
                    continue;
                }
                b.status(TestStatus.FAILED).addError(panicMessage(lines, n));
            } else {
                b.scores(number(tokens[i], n));
            }
            out.add(b.build());
        }
        return out;
    }

    private static TestResult failed(String pkg, Matcher m, boolean procs, String message) {
        return TestResult.builder(shortName(m.group(1))).group(pkg).category(procs ? cpus(m.group(2)) : "")
                .metrics("ns/op").lessBetter(true).status(TestStatus.FAILED).addError(message)
                .attrib("GOMAXPROCS", m.group(2) == null ? "1" : m.group(2)).build();
    }

    private static void add(TestMerger merger, TestResult t, int line) {
        merger.add(t).ifPresent(clash -> {
            throw new UnparseableOutputException(NAME, line, clash);
        });
    }

    private static Set<String> procsValues(TextLines lines) {
        Set<String> out = new HashSet<>();
        for (TextLines.Match m : lines.all(BENCH)) {
            Matcher b = BENCH.matcher(lines.get(m.line()));
            if (b.matches()) {
                out.add(b.group(2) == null ? "1" : b.group(2));
            }
        }
        return out;
    }

    private static String shortName(String full) {
        String rest = full.substring("Benchmark".length());
        return rest.isEmpty() ? full : rest;
    }

    private static String cpus(String procs) {
        return (procs == null ? "1" : procs) + " cpus";
    }

    /** @return the indented lines that follow {@code --- FAIL:}, joined */
    private static String message(TextLines lines, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = n + 1; i <= lines.size() && lines.get(i).startsWith("    "); i++) {
            out.append(out.length() == 0 ? "" : " ").append(lines.get(i).trim());
        }
        return out.length() == 0 ? "the benchmark failed" : out.toString();
    }

    private static String panicMessage(TextLines lines, int n) {
        return lines.first(PANIC, n + 1).map(p -> "panic: " + p.group(1)).orElse("the benchmark did not finish");
    }

    private static String buildError(TextLines lines, int n) {
        for (int i = n - 1; i >= 1; i--) {
            if (lines.get(i).startsWith("# ")) {
                return "the package does not build: " + (i + 1 < n ? lines.get(i + 1).trim() : lines.get(i));
            }
        }
        return "the package does not build";
    }

    private static double number(String token, int line) {
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new UnparseableOutputException(NAME, line, "'" + token + "' is not a number");
        }
    }
}
