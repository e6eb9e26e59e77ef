package org.perftracker.core.tool.k6;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.perftracker.core.tool.Categories;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.JsonDocument;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.TestTemplate;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

/**
 * Reads a k6 end-of-test summary as JSON: the {@code handleSummary} data object
 * ({@code JSON.stringify(data)}) or the file of {@code --summary-export}.
 *
 * <p>Keys: group = the script's file name from the command line ({@code k6 run load.js} gives
 * {@code "load.js"}), else {@code "k6"}; category = {@code "<n> vus"}, the most virtual users
 * ({@code vus_max}). Tests, tagged with k6's metric names:
 * <ul>
 * <li>each statistic of a trend: {@code "http_req_duration p(95)"}, {@code "… avg"}, {@code "… med"}, in ms
 * for time trends, smaller is better;</li>
 * <li>the per-second rate of a counter: {@code "http_reqs rate"} (requests/s), {@code "iterations rate"},
 * {@code "data_received rate"} (B/s), bigger is better;</li>
 * <li>a rate metric as a percentage: {@code "http_req_failed"} (smaller is better), {@code "checks"}
 * (bigger is better).</li>
 * </ul>
 * Metrics with a tag filter ({@code http_req_duration{expected_response:true}}) are tests of their own;
 * gauges ({@code vus}) are not tests. Metrics whose name says fail or error are smaller-is-better.
 *
 * <p>Failed requests ({@code http_req_failed}) and failed checks are errors of every test, with a message each;
 * the tests of a metric whose threshold was crossed are FAILED, naming the threshold, as k6 itself fails
 * the run.
 */
public final class K6Parser implements ToolOutputParser {
    static final String NAME = "k6";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "k6 summary JSON (handleSummary data or --summary-export): trends, rates, counters, thresholds";
    }

    @Override
    public List<TestResult> parse(ToolOutput output) {
        if (!output.isBlank() && !output.text().stripLeading().startsWith("{")) {
            throw new UnparseableOutputException(NAME, 1, "expected k6's summary JSON: run k6 with "
                    + "--summary-export FILE or return JSON.stringify(data) from handleSummary");
        }
        JsonDocument doc = JsonDocument.parse(NAME, output.text());
        JsonNode metrics = doc.root().path("metrics");
        if (!metrics.isObject()) {
            throw doc.problem("expected k6's summary JSON: an object with 'metrics'");
        }
        List<K6Metric> all = new ArrayList<>();
        metrics.properties().forEach(e -> all.add(K6Metric.of(e.getKey(), e.getValue())));
        TestTemplate base = template(output.command(), doc.root(), all);
        List<TestResult> out = new ArrayList<>();
        for (K6Metric m : all) {
            out.addAll(tests(base, m));
        }
        if (out.isEmpty()) {
            throw doc.problem("no results: the summary has no trend, counter or rate metric", "metrics");
        }
        return out;
    }

    @Override
    public Optional<OutputSource> recognize(CommandLine command) {
        OptionalInt at = command.indexOfProgram("k6");
        if (at.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(command.from(at.getAsInt()).option("--summary-export").map(OutputSource::file)
                .orElse(OutputSource.stdout()));
    }

    private static TestTemplate template(CommandLine command, JsonNode root, List<K6Metric> metrics) {
        String group = command.args().stream().filter(a -> a.endsWith(".js") || a.endsWith(".ts"))
                .reduce((a, b) -> b).map(K6Parser::fileName).orElse("k6");
        long vus = metrics.stream().filter(m -> m.name().equals("vus_max"))
                .map(m -> m.values().getOrDefault("max", m.values().getOrDefault("value", 0.0)))
                .findFirst().orElse(0.0).longValue();
        TestTemplate t = new TestTemplate(group, vus > 0 ? Categories.count(vus, "vus") : "")
                .cmdline(command.isEmpty() ? "" : command.toString());
        double durationMs = root.path("state").path("testRunDurationMs").asDouble(0);
        if (durationMs > 0) {
            t.durationSec(durationMs / 1000);
        }
        metrics.stream().filter(m -> m.name().equals("iterations")).findFirst()
                .map(m -> m.values().get("count")).ifPresent(c -> t.loops(c.longValue()));
        metrics.stream().filter(m -> m.name().equals("http_req_failed")).findFirst().ifPresent(m -> {
            long failed = m.values().getOrDefault("passes", 0.0).longValue();
            long total = failed + m.values().getOrDefault("fails", 0.0).longValue();
            if (failed > 0) {
                t.error((int) failed, failed + " of " + total + " requests failed");
            }
        });
        checks(root.path("root_group"), t);
        return t;
    }

    /** Adds the failed checks of a group and its subgroups, as an array or as an object keyed by name. */
    private static void checks(JsonNode group, TestTemplate t) {
        for (JsonNode check : values(group.path("checks"))) {
            long fails = check.path("fails").asLong(0);
            if (fails > 0) {
                long total = fails + check.path("passes").asLong(0);
                String path = check.path("path").asText("::" + check.path("name").asText());
                t.error((int) fails, "check '" + path.replaceFirst("^::", "") + "' failed " + fails + " of "
                        + total + " times");
            }
        }
        for (JsonNode sub : values(group.path("groups"))) {
            checks(sub, t);
        }
    }

    private static List<JsonNode> values(JsonNode arrayOrObject) {
        List<JsonNode> out = new ArrayList<>();
        if (arrayOrObject.isArray()) {
            arrayOrObject.forEach(out::add);
        } else {
            arrayOrObject.properties().forEach(e -> out.add(e.getValue()));
        }
        return out;
    }

    private static List<TestResult> tests(TestTemplate base, K6Metric m) {
        List<TestResult> out = new ArrayList<>();
        boolean time = m.contains().equals("time");
        switch (m.type()) {
            case "trend" -> m.values().forEach((stat, v) -> {
                if (!stat.equals("count")) {
                    out.add(test(base, m, m.name() + " " + stat, time ? "ms" : "value", true, v));
                }
            });
            case "counter" -> {
                Double rate = m.values().get("rate");
                if (rate != null) {
                    out.add(test(base, m, m.name() + " rate", counterUnit(m), m.countsFailures(), rate));
                }
            }
            case "rate" -> {
                Double fraction = m.values().containsKey("rate") ? m.values().get("rate") : m.values().get("value");
                if (fraction != null) {
                    out.add(test(base, m, m.name(), "%", m.countsFailures(), 100 * fraction));
                }
            }
            default -> {
            }
        }
        return out;
    }

    private static TestResult test(TestTemplate base, K6Metric m, String tag, String unit, boolean lessBetter,
            double value) {
        TestResult test = base.builder(tag, unit, lessBetter).scores(value).build();
        if (m.crossed().isEmpty()) {
            return test;
        }
        TestResult.Builder b = test.toBuilder().status(TestStatus.FAILED).errors(test.errors() + m.crossed().size());
        m.crossed().forEach(th -> b.addError("threshold '" + th + "' on " + m.name() + " was crossed"));
        return b.build();
    }

    private static String counterUnit(K6Metric m) {
        return switch (m.baseName()) {
            case "http_reqs" -> "requests/s";
            case "iterations" -> "iterations/s";
            default -> m.contains().equals("data") ? "B/s" : m.baseName() + "/s";
        };
    }

    private static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
