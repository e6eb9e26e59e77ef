package org.perftracker.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A job as the server's job list and job page show it: its identity, what it measured and its test counters.
 *
 * @param begin when the run began, ISO 8601 in UTC, e.g. {@code 2026-05-01T02:00:00Z}
 * @param end when it ended, ISO 8601 in UTC
 * @param durationSec time spent running, in whole seconds
 */
public record JobSummary(long id, String uuid, String title, ProjectRef project, String productName,
        String productVer, String suiteName, String suiteVer, String begin, String end, long durationSec,
        int testsTotal, int testsCompleted, int testsFailed, int testsErrors, int testsWarnings) {

    public JobSummary {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(project, "project");
    }

    /** Reads a row of {@code GET /api/v1.0/<p>/job/} or the answer of {@code GET /api/v1.0/<p>/job/<id>}. */
    public static JobSummary fromJson(JsonNode job) {
        JsonNode project = job.path("project");
        return new JobSummary(job.path("id").asLong(), job.path("uuid").asText(""), job.path("title").asText(""),
                new ProjectRef(project.path("id").asLong(), project.path("name").asText("")),
                job.path("product_name").asText(""), job.path("product_ver").asText(""),
                job.path("suite_name").asText(""), job.path("suite_ver").asText(""), job.path("begin").asText(""),
                job.path("end").asText(""), job.path("duration").asLong(), job.path("tests_total").asInt(),
                job.path("tests_completed").asInt(), job.path("tests_failed").asInt(),
                job.path("tests_errors").asInt(), job.path("tests_warnings").asInt());
    }
}
