package org.perftracker.core.tool.jmh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.perftracker.core.tool.TextLines;
import org.perftracker.core.tool.TextLines.Match;
import org.perftracker.core.tool.TextLines.Section;

/** The runs of a JMH console log: what ran, its measurement iterations and whether it failed. */
final class JmhLog {
    private static final Pattern START = Pattern.compile("^# JMH version:");
    private static final Pattern BENCHMARK = Pattern.compile("^# Benchmark: (\\S+)");
    private static final Pattern MODE = Pattern.compile("^# Benchmark mode: (.*)$");
    private static final Pattern THREADS = Pattern.compile("^# Threads: (\\d+) thread");
    private static final Pattern PARAMS = Pattern.compile("^# Parameters: \\((.*)\\)$");
    private static final Pattern FAILURE = Pattern.compile("^(# Warmup )?Iteration\\s+\\d+: <failure>");
    private static final Pattern ITERATION = Pattern.compile("^Iteration\\s+\\d+: ([-0-9.,]+|NaN) (\\S+)");

    private JmhLog() {
    }

    /**
     * One benchmark run of the log.
     *
     * @param key the run's key
     * @param line the line of its {@code # Benchmark:} header
     * @param scores the primary metric of each measurement iteration, every fork
     * @param unit the unit of the scores, empty when no iteration finished
     * @param failure the exception that stopped it, empty when it finished
     */
    record Run(JmhKey key, int line, List<Double> scores, String unit, Optional<String> failure) {
    }

    static List<Run> read(String log) {
        TextLines lines = TextLines.of(log);
        List<Run> runs = new ArrayList<>();
        for (Section s : lines.sections(START)) {
            Optional<Match> benchmark = find(lines, s, BENCHMARK);
            if (benchmark.isEmpty()) {
                continue;
            }
            String mode = find(lines, s, MODE).map(m -> JmhKey.modeOfLog(m.group(1))).orElse("thrpt");
            int threads = find(lines, s, THREADS).map(m -> Integer.parseInt(m.group(1))).orElse(1);
            Map<String, String> params = find(lines, s, PARAMS).map(m -> params(m.group(1))).orElse(Map.of());
            JmhKey key = new JmhKey(benchmark.get().group(1), mode, threads, params);
            List<Double> scores = new ArrayList<>();
            String unit = "";
            for (Match m : lines.all(ITERATION, s.first(), s.last())) {
                scores.add(Double.parseDouble(m.group(1).replace(",", "")));
                unit = m.group(2);
            }
            Optional<String> failure = find(lines, s, FAILURE).map(m -> failure(lines, m.line(), s.last()));
            runs.add(new Run(key, benchmark.get().line(), scores, unit, failure));
        }
        return runs;
    }

    private static Map<String, String> params(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : text.split(", ")) {
            int eq = pair.indexOf(" = ");
            if (eq > 0) {
                out.put(pair.substring(0, eq).trim(), pair.substring(eq + 3).trim());
            }
        }
        return out;
    }

    /** @return the exception's first line, which follows {@code <failure>} after a blank line */
    private static String failure(TextLines lines, int from, int last) {
        for (int n = from + 1; n <= last; n++) {
            String line = lines.get(n).trim();
            if (!line.isEmpty()) {
                return line;
            }
        }
        return "the benchmark failed";
    }

    private static Optional<Match> find(TextLines lines, Section s, Pattern p) {
        return lines.first(p, s.first()).filter(m -> m.line() <= s.last());
    }
}
