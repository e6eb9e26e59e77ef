package org.perftracker.core.tool.gbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perftracker.core.tool.Categories;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

/** The tests of one Google Benchmark run name, from its repetitions or aggregates; see the parser. */
final class GoogleBenchmarkRun {
    private GoogleBenchmarkRun() {
    }

    static List<TestResult> tests(String group, String runName, List<JsonNode> entries) {
        int slash = runName.indexOf('/');
        String family = slash < 0 ? runName : runName.substring(0, slash);
        String category = slash < 0 ? "" : category(runName.substring(slash + 1));
        List<JsonNode> iterations = entries.stream().filter(e -> !"aggregate".equals(e.path("run_type").asText()))
                .toList();
        String unit = entries.get(0).path("time_unit").asText("ns");
        JsonNode error = iterations.stream().filter(e -> e.path("error_occurred").asBoolean(false)).findFirst()
                .orElse(null);
        if (error != null) {
            return List.of(TestResult.builder(family).group(group).category(category).metrics(unit)
                    .lessBetter(true).status(TestStatus.FAILED)
                    .addError(error.path("error_message").asText("the benchmark reported an error")).build());
        }
        Map<String, Metric> metrics = metrics(family, unit, entries);
        long loops = iterations.stream().mapToLong(e -> e.path("iterations").asLong(0)).sum();
        List<TestResult> out = new ArrayList<>();
        metrics.forEach((field, m) -> {
            TestResult.Builder b = TestResult.builder(m.tag()).group(group).category(category).metrics(m.unit())
                    .lessBetter(m.lessBetter());
            if (!iterations.isEmpty()) {
                iterations.stream().filter(e -> e.path(field).isNumber())
                        .forEach(e -> b.addScore(e.path(field).asDouble()));
                b.loops(loops);
            } else {
                aggregates(entries, field, b);
            }
            TestResult t = b.build();
            if (!t.scores().isEmpty()) {
                out.add(t);
            }
        });
        return out;
    }

    /** @return field → test, for real and CPU time and every counter any entry reports */
    private static Map<String, Metric> metrics(String family, String unit, List<JsonNode> entries) {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        metrics.put("real_time", new Metric(family, unit, true));
        metrics.put("cpu_time", new Metric(family + " cpu_time", unit, true));
        for (JsonNode e : entries) {
            e.fieldNames().forEachRemaining(f -> {
                if (GoogleBenchmarkParser.isCounter(f) && e.path(f).isNumber()) {
                    metrics.computeIfAbsent(f, k -> counter(family, k));
                }
            });
        }
        return metrics;
    }

    private static void aggregates(List<JsonNode> entries, String field, TestResult.Builder b) {
        Map<String, Double> byName = new LinkedHashMap<>();
        for (JsonNode e : entries) {
            if (e.path(field).isNumber()) {
                byName.put(e.path("aggregate_name").asText(""), e.path(field).asDouble());
            }
        }
        Double center = byName.containsKey("mean") ? byName.get("mean") : byName.get("median");
        if (center != null) {
            b.addScore(center);
            if (byName.containsKey("stddev")) {
                b.addDeviation(byName.get("stddev"));
            }
        }
    }

    private static Metric counter(String family, String field) {
        return switch (field) {
            case "bytes_per_second" -> new Metric(family + " " + field, "B/s", false);
            case "items_per_second" -> new Metric(family + " " + field, "items/s", false);
            default -> new Metric(family + " " + field, field, !field.endsWith("_per_second"));
        };
    }

    /** {@code 8} stays {@code 8}; {@code size:64} is {@code 64 size}; several named parts are name=value. */
    private static String category(String rest) {
        String[] parts = rest.split("/");
        Map<String, String> named = new LinkedHashMap<>();
        for (String p : parts) {
            int colon = p.indexOf(':');
            if (colon <= 0) {
                return rest;
            }
            named.put(p.substring(0, colon), p.substring(colon + 1));
        }
        return Categories.ofParams(named);
    }

    /** A test of a run: its tag, unit and direction. */
    private record Metric(String tag, String unit, boolean lessBetter) {
    }
}
