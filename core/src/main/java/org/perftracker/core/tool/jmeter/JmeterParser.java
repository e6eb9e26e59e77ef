package org.perftracker.core.tool.jmeter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.perftracker.core.tool.Categories;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.TestTemplate;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

/**
 * Reads a JMeter results file (JTL) saved as CSV, one sample per line, and computes for each label what
 * JMeter's Aggregate Report shows.
 *
 * <p>Keys: group = the sample label ({@code "GET home"}); category = {@code "<n> threads"}, the most active
 * threads seen ({@code allThreads}), when the file has that column. Tests: {@code Requests per second}
 * (samples / (last end − first start)), {@code Latency mean} (ms, with JMeter's population standard deviation
 * as deviation), {@code Latency min}, {@code Latency max}, {@code Latency p50}, {@code p90}, {@code p95},
 * {@code p99} (JMeter's rank round(n × p)), {@code Error rate} (%, smaller is better) and {@code Transfer
 * rate} (KB/s received, when the file has {@code bytes}).
 *
 * <p>Failed samples are errors of every test of their label, one message per kind
 * ({@code "12 × 500 Internal Server Error"}); a label whose samples all failed is FAILED. The file needs its
 * header line (JMeter 3 and later write it); without one, the default columns of JMeter 2.x (12 fields) and
 * 5.x (17 fields) are recognised. XML results are refused with how to save CSV.
 */
public final class JmeterParser implements ToolOutputParser {
    static final String NAME = "jmeter";
    private static final List<String> DEFAULT_2X = List.of("timeStamp", "elapsed", "label", "responseCode",
            "responseMessage", "threadName", "dataType", "success", "bytes", "grpThreads", "allThreads",
            "Latency");
    private static final List<String> DEFAULT_5X = List.of("timeStamp", "elapsed", "label", "responseCode",
            "responseMessage", "threadName", "dataType", "success", "failureMessage", "bytes", "sentBytes",
            "grpThreads", "allThreads", "URL", "Latency", "IdleTime", "Connect");
    private static final int MAX_MESSAGES = 10;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> aliases() {
        return List.of("jtl");
    }

    @Override
    public String description() {
        return "JMeter CSV results (JTL): per label requests/s, latency mean/percentiles, error rate, KB/s";
    }

    @Override
    public List<TestResult> parse(ToolOutput output) {
        String text = output.text();
        if (text.isBlank()) {
            throw new UnparseableOutputException(NAME, 1, "the output is empty");
        }
        if (text.stripLeading().startsWith("<")) {
            throw new UnparseableOutputException(NAME, 1, "XML results are not read; save CSV with "
                    + "-Jjmeter.save.saveservice.output_format=csv");
        }
        List<CsvRecords.Row> rows = CsvRecords.read(text);
        if (rows == null) {
            throw new UnparseableOutputException(NAME, text.split("\n", -1).length,
                    "a quoted field never ends: the file is cut short");
        }
        Map<String, Integer> columns = columns(rows.get(0));
        int firstSample = rows.get(0).fields().contains("timeStamp") ? 1 : 0;
        Map<String, LabelStats> labels = new LinkedHashMap<>();
        for (CsvRecords.Row row : rows.subList(firstSample, rows.size())) {
            Sample s = Sample.of(row, columns);
            labels.computeIfAbsent(s.label(), k -> new LabelStats())
                    .add(s.timeStamp(), s.elapsed(), s.success(), s.failure(), s.bytes(), s.threads());
        }
        if (labels.isEmpty()) {
            throw new UnparseableOutputException(NAME, rows.get(0).line() + 1, "no samples after the header line");
        }
        List<TestResult> out = new ArrayList<>();
        labels.forEach((label, stats) -> out.addAll(tests(label, stats, columns.containsKey("allThreads"))));
        return out;
    }

    @Override
    public Optional<OutputSource> recognize(CommandLine command) {
        OptionalInt at = command.indexOfProgram("jmeter", "jmeter.sh", "jmeter.bat");
        if (at.isEmpty()) {
            return Optional.empty();
        }
        return command.from(at.getAsInt()).option("-l", "--logfile").map(OutputSource::file);
    }

    private static Map<String, Integer> columns(CsvRecords.Row first) {
        List<String> names = first.fields();
        if (!names.contains("timeStamp")) {
            if (!names.get(0).matches("\\d+")) {
                throw new UnparseableOutputException(NAME, first.line(),
                        "not a JMeter CSV results file: no 'timeStamp' header and no sample");
            }
            names = names.size() == DEFAULT_2X.size() ? DEFAULT_2X
                    : names.size() == DEFAULT_5X.size() ? DEFAULT_5X : null;
            if (names == null) {
                throw new UnparseableOutputException(NAME, first.line(), "no header line, and "
                        + first.fields().size() + " fields are no JMeter default; save results with "
                        + "-Jjmeter.save.saveservice.print_field_names=true");
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), i);
        }
        for (String required : List.of("timeStamp", "elapsed", "label", "success")) {
            if (!out.containsKey(required)) {
                throw new UnparseableOutputException(NAME, first.line(), "the header has no '" + required + "'");
            }
        }
        return out;
    }

    private static List<TestResult> tests(String label, LabelStats s, boolean hasThreads) {
        TestTemplate run = new TestTemplate(label, hasThreads ? Categories.count(s.maxThreads(), "threads") : "")
                .loops(s.count()).durationSec(s.durationSec());
        int shown = 0;
        int others = 0;
        for (Map.Entry<String, Integer> f : s.failures().entrySet()) {
            if (shown++ < MAX_MESSAGES) {
                run.error(f.getValue(), f.getValue() + " × " + f.getKey());
            } else {
                others += f.getValue();
            }
        }
        if (others > 0) {
            run.error(others, others + " × other failures");
        }
        if (s.failed() == s.count()) {
            run.status(TestStatus.FAILED);
        }
        List<TestResult> out = new ArrayList<>();
        out.add(run.test("Requests per second", "requests/s", false, s.requestsPerSecond()));
        out.add(run.builder("Latency mean", "ms", true).scores(s.mean()).addDeviation(s.stddev()).build());
        out.add(run.test("Latency min", "ms", true, s.min()));
        out.add(run.test("Latency max", "ms", true, s.max()));
        for (int p : new int[] {50, 90, 95, 99}) {
            out.add(run.test("Latency p" + p, "ms", true, s.percentile(p / 100.0)));
        }
        out.add(run.test("Error rate", "%", true, 100.0 * s.failed() / s.count()));
        if (s.hasBytes()) {
            out.add(run.test("Transfer rate", "KB/s", false, s.kibibytesPerSecond()));
        }
        return out;
    }
}
