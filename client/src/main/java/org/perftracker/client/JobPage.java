package org.perftracker.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A page of the job list, newest first.
 *
 * @param total jobs in the project(s)
 * @param matching jobs that match the search
 * @param jobs the jobs of this page
 * @param json the server's answer as it came, for tools that want every field
 */
public record JobPage(long total, long matching, List<JobSummary> jobs, JsonNode json) {

    public JobPage {
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(json, "json");
    }
}
