package org.perftracker.server.comparison;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.perftracker.server.web.ApiException;

/**
 * A comparison to save, as the reference UI sends it: {@code {"title", "jobs": [16, 17], "charts_type": "Auto",
 * …}}, plus our {@code alpha} and {@code likely_threshold}. A blank title is generated from the jobs' titles.
 */
public record ComparisonRequest(String title, List<Long> jobs, int chartsType, int tablesType, int testsType,
        int valuesType, double alpha, double likelyThreshold) {
    static final int MAX_JOBS = 50;

    public static ComparisonRequest parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object");
        }
        String title = body.path("title").asText("").trim();
        if (title.length() > 512) {
            throw ApiException.badRequest("title", "is " + title.length() + " characters long, at most 512");
        }
        JsonNode jobs = body.get("jobs");
        if (jobs == null || !jobs.isArray() || jobs.isEmpty()) {
            throw ApiException.badRequest("jobs", "is required: the ids of the jobs to compare, baseline first");
        }
        if (jobs.size() > MAX_JOBS) {
            throw ApiException.badRequest("jobs", "has " + jobs.size() + " jobs, at most " + MAX_JOBS);
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode job : jobs) {
            long id = job.isObject() ? job.path("id").asLong(-1) : job.asLong(-1);
            if (id <= 0 && !job.asText().matches("\\d+")) {
                throw ApiException.badRequest("jobs", "must hold job ids, got " + job);
            }
            ids.add(id);
        }
        double alpha = number(body, "alpha", 0.05);
        if (!(alpha > 0 && alpha < 1)) {
            throw ApiException.badRequest("alpha", "must be between 0 and 1, got " + body.get("alpha"));
        }
        double threshold = number(body, "likely_threshold", 5);
        if (!(threshold >= 0 && threshold < 1e6)) {
            throw ApiException.badRequest("likely_threshold", "must be 0 or more, got " + body.get("likely_threshold"));
        }
        return new ComparisonRequest(title, ids,
                ComparisonTypes.parse("charts_type", text(body, "charts_type"), ComparisonTypes.CHARTS),
                ComparisonTypes.parse("tables_type", text(body, "tables_type"), ComparisonTypes.TABLES),
                ComparisonTypes.parse("tests_type", text(body, "tests_type"), ComparisonTypes.TESTS),
                ComparisonTypes.parse("values_type", text(body, "values_type"), ComparisonTypes.VALUES),
                alpha, threshold);
    }

    /** A number, or a string holding one (as forms send it); absent or null is {@code fallback}. */
    private static double number(JsonNode body, String field, double fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.asText().trim());
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw ApiException.badRequest(field, "must be a number, got " + value);
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
