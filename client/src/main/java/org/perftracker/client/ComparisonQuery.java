package org.perftracker.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What to compare and how to write it, for {@link PerfTrackerClient#compare}: jobs by id (the first is the
 * baseline) or a saved comparison, the format, which rows to keep, and for jobs the significance level and the
 * value compared.
 *
 * <p>Example: {@code ComparisonQuery.ofJobs(List.of(17L, 18L)).format("markdown").only("regressions")}.
 *
 * @param jobs the jobs to compare, the baseline first; empty with {@code savedId}
 * @param savedId a saved comparison's id, 0 with {@code jobs}
 * @param format {@code text}, {@code markdown}, {@code csv} or {@code json}
 * @param only {@code regressions}, {@code improvements}, {@code significant} or {@code failed}; "" for every row
 * @param alpha the significance level in (0, 1), or null for the server's default (0.05); jobs only
 * @param values {@code avg}, {@code min} or {@code max}, or "" for the average; jobs only
 */
public record ComparisonQuery(List<Long> jobs, long savedId, String format, String only, Double alpha,
        String values) {
    public static final List<String> FORMATS = List.of("text", "markdown", "csv", "json");
    public static final List<String> ONLY = List.of("regressions", "improvements", "significant", "failed");
    public static final List<String> VALUES = List.of("avg", "min", "max");

    public ComparisonQuery {
        jobs = List.copyOf(jobs);
        format = Objects.requireNonNullElse(format, "text");
        only = Objects.requireNonNullElse(only, "");
        values = Objects.requireNonNullElse(values, "");
        if (jobs.isEmpty() == (savedId == 0)) {
            throw new IllegalArgumentException("name either jobs or a saved comparison");
        }
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("format must be one of " + FORMATS + ", got '" + format + "'");
        }
        if (!only.isEmpty() && !ONLY.contains(only)) {
            throw new IllegalArgumentException("only must be one of " + ONLY + ", got '" + only + "'");
        }
        if (!values.isEmpty() && !VALUES.contains(values)) {
            throw new IllegalArgumentException("values must be one of " + VALUES + ", got '" + values + "'");
        }
        if (alpha != null && !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, got " + alpha);
        }
        if (savedId != 0 && (alpha != null || !values.isEmpty())) {
            throw new IllegalArgumentException("a saved comparison has its own alpha and values");
        }
    }

    public static ComparisonQuery ofJobs(List<Long> jobs) {
        return new ComparisonQuery(jobs, 0, "text", "", null, "");
    }

    public static ComparisonQuery ofSaved(long id) {
        return new ComparisonQuery(List.of(), id, "text", "", null, "");
    }

    public ComparisonQuery format(String value) {
        return new ComparisonQuery(jobs, savedId, value, only, alpha, values);
    }

    public ComparisonQuery only(String value) {
        return new ComparisonQuery(jobs, savedId, format, value, alpha, values);
    }

    public ComparisonQuery alpha(Double value) {
        return new ComparisonQuery(jobs, savedId, format, only, value, values);
    }

    public ComparisonQuery values(String value) {
        return new ComparisonQuery(jobs, savedId, format, only, alpha, value);
    }

    /**
     * @return the path of the result on the server, e.g.
     *     {@code /api/v1.0/0/comparison/result?jobs=17,18&format=markdown&only=regressions}
     */
    String path() {
        StringJoiner query = new StringJoiner("&", "?", "");
        String path;
        if (savedId != 0) {
            path = "/api/v1.0/0/comparison/" + savedId + "/result";
        } else {
            path = "/api/v1.0/0/comparison/result";
            StringJoiner ids = new StringJoiner(",");
            jobs.forEach(id -> ids.add(Long.toString(id)));
            query.add("jobs=" + ids);
        }
        query.add("format=" + format);
        if (!only.isEmpty()) {
            query.add("only=" + only);
        }
        if (alpha != null) {
            query.add("alpha=" + URLEncoder.encode(alpha.toString(), StandardCharsets.UTF_8));
        }
        if (!values.isEmpty()) {
            query.add("values_type=" + (values.equals("avg") ? "average" : values));
        }
        return path + query;
    }
}
