package org.perftracker.core.tool.k6;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One metric of a k6 summary, read from either form: {@code handleSummary} data
 * ({@code {"type": "trend", "contains": "time", "values": {…}, "thresholds": {"p(95)<500": {"ok": false}}}})
 * or the older {@code --summary-export} file, where the values stand alone and a threshold maps to
 * {@code true} when it was crossed.
 *
 * @param type {@code trend}, {@code counter}, {@code rate} or {@code gauge}
 * @param contains {@code time}, {@code data} or {@code default}
 * @param values the statistics, e.g. {@code avg → 12.5}
 * @param crossed the thresholds that failed, e.g. {@code p(95)<500}
 */
record K6Metric(String name, String type, String contains, Map<String, Double> values, List<String> crossed) {
    private static final Set<String> BUILT_IN_TIMES = Set.of("http_req_duration", "http_req_blocked",
            "http_req_connecting", "http_req_tls_handshaking", "http_req_sending", "http_req_waiting",
            "http_req_receiving", "iteration_duration", "group_duration");
    private static final Set<String> BUILT_IN_DATA = Set.of("data_received", "data_sent");

    static K6Metric of(String name, JsonNode node) {
        boolean summaryData = node.has("values") && node.path("values").isObject();
        JsonNode valuesNode = summaryData ? node.path("values") : node;
        Map<String, Double> values = new LinkedHashMap<>();
        valuesNode.properties().forEach(e -> {
            if (e.getValue().isNumber()) {
                values.put(e.getKey(), e.getValue().asDouble());
            }
        });
        List<String> crossed = new ArrayList<>();
        node.path("thresholds").properties().forEach(e -> {
            boolean failed = summaryData ? !e.getValue().path("ok").asBoolean(true) : e.getValue().asBoolean(false);
            if (failed) {
                crossed.add(e.getKey());
            }
        });
        String type = summaryData ? node.path("type").asText("") : typeOf(values);
        String contains = summaryData ? node.path("contains").asText("default") : containsOf(name);
        return new K6Metric(name, type, contains, values, crossed);
    }

    /** @return the name without its tag filter: {@code http_req_duration{status:200}} is {@code http_req_duration} */
    String baseName() {
        int brace = name.indexOf('{');
        return brace < 0 ? name : name.substring(0, brace);
    }

    /** @return true for failure-like metrics, where less is better: {@code http_req_failed}, {@code errors} */
    boolean countsFailures() {
        String n = baseName().toLowerCase();
        return n.contains("fail") || n.contains("error");
    }

    private static String typeOf(Map<String, Double> values) {
        if (values.containsKey("avg") || values.containsKey("med")) {
            return "trend";
        }
        if (values.containsKey("passes") || values.containsKey("fails")) {
            return "rate";
        }
        if (values.containsKey("count")) {
            return "counter";
        }
        return "gauge";
    }

    private static String containsOf(String name) {
        int brace = name.indexOf('{');
        String base = brace < 0 ? name : name.substring(0, brace);
        return BUILT_IN_TIMES.contains(base) ? "time" : BUILT_IN_DATA.contains(base) ? "data" : "default";
    }
}
