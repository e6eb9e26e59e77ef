package org.perftracker.core.tool.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perftracker.core.tool.JsonDocument;
import org.perftracker.core.tool.Units;
import org.perftracker.core.upload.TestResult;

/** The tests of a JMH result file ({@code -rf json}); see {@link JmhParser}. */
final class JmhJson {
    private JmhJson() {
    }

    static List<TestResult> read(JsonDocument doc) {
        JsonNode root = doc.root();
        if (!root.isArray()) {
            throw doc.problem("expected JMH's JSON result: an array of benchmarks");
        }
        List<TestResult> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            out.addAll(benchmark(doc, root.get(i), i));
        }
        return out;
    }

    private static List<TestResult> benchmark(JsonDocument doc, JsonNode b, int i) {
        String name = text(doc, b, "benchmark", i);
        String mode = text(doc, b, "mode", i);
        JmhKey key = new JmhKey(name, mode, b.path("threads").asInt(1), params(b.path("params")));
        JsonNode primary = b.path("primaryMetric");
        if (!primary.isObject()) {
            throw doc.problem("benchmark '" + name + "' has no primaryMetric", i);
        }
        List<TestResult> out = new ArrayList<>();
        out.add(metric(doc, key, key.tag(), primary, false, i, "primaryMetric").attribs(attribs(b)).build());
        for (Map.Entry<String, JsonNode> e : b.path("secondaryMetrics").properties()) {
            String secondary = e.getKey().startsWith("\u00b7") ? e.getKey().substring(1) : e.getKey();
            boolean gc = secondary.startsWith("gc.");
            out.add(metric(doc, key, key.tag(secondary), e.getValue(), gc, i, "secondaryMetrics").build());
        }
        return out;
    }

    private static TestResult.Builder metric(JsonDocument doc, JmhKey key, String tag, JsonNode m,
            boolean alwaysLessBetter, int i, String where) {
        String unit = m.path("scoreUnit").asText("");
        if (unit.isEmpty()) {
            throw doc.problem(tag + ": scoreUnit is missing", i, where);
        }
        List<Double> scores = scores(m);
        if (scores.isEmpty()) {
            throw doc.problem(tag + ": no score", i, where);
        }
        return TestResult.builder(tag).group(key.group()).category(key.category()).metrics(unit)
                .lessBetter(alwaysLessBetter || Units.lessBetterByUnit(unit)).scores(scores);
    }

    /** @return the raw score of every measurement iteration of every fork, else the mean score alone */
    private static List<Double> scores(JsonNode m) {
        List<Double> out = new ArrayList<>();
        for (JsonNode fork : m.path("rawData")) {
            for (JsonNode v : fork) {
                addNumber(out, v);
            }
        }
        if (out.isEmpty()) {
            for (JsonNode fork : m.path("rawDataHistogram")) {
                for (JsonNode iteration : fork) {
                    histogramMean(iteration, out);
                }
            }
        }
        if (out.isEmpty()) {
            addNumber(out, m.path("score"));
        }
        return out;
    }

    /** A sample-mode iteration is a histogram of [value, count] pairs; its score is their mean. */
    private static void histogramMean(JsonNode iteration, List<Double> out) {
        double sum = 0;
        long count = 0;
        for (JsonNode pair : iteration) {
            sum += pair.path(0).asDouble() * pair.path(1).asLong();
            count += pair.path(1).asLong();
        }
        if (count > 0) {
            out.add(sum / count);
        }
    }

    private static void addNumber(List<Double> out, JsonNode v) {
        if (v.isNumber() && Double.isFinite(v.asDouble())) {
            out.add(v.asDouble());
        }
    }

    private static Map<String, String> params(JsonNode params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static Map<String, String> attribs(JsonNode b) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "jmh", b.path("jmhVersion"));
        put(out, "jdk", b.path("jdkVersion"));
        put(out, "vm", b.path("vmName"));
        put(out, "forks", b.path("forks"));
        return out;
    }

    private static void put(Map<String, String> out, String name, JsonNode v) {
        if (!v.isMissingNode() && !v.isNull()) {
            out.put(name, v.asText());
        }
    }

    private static String text(JsonDocument doc, JsonNode b, String field, int i) {
        String v = b.path(field).asText("");
        if (v.isEmpty()) {
            throw doc.problem("benchmark " + (i + 1) + " has no '" + field + "'", i);
        }
        return v;
    }
}
