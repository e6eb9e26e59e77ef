package org.perftracker.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

class DemoProjectTest {
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_demo_loads_once_through_the_upload_service_and_a_second_load_adds_nothing(TestDatabase db) {
        try (RunningServer server = RunningServer.start(db)) {
            assertThat(server.server().loadDemo()).isEqualTo(DemoJobs.NIGHTS);
            assertThat(server.server().loadDemo()).isZero();
            JsonNode projects = server.getJson("/api/v1.0/0/project/");
            long demo = -1;
            for (JsonNode p : projects) {
                if (p.get("name").asText().equals(DemoProject.NAME)) {
                    demo = p.get("id").asLong();
                }
            }
            JsonNode jobs = server.getJson("/api/v1.0/" + demo + "/job/?length=100");
            assertThat(jobs.get("recordsTotal").asInt()).isEqualTo(DemoJobs.NIGHTS);
            JsonNode newest = jobs.get("data").get(0);
            assertThat(newest.get("env_node")).hasSize(2);
            assertThat(server.get("/" + demo + "/job/" + newest.get("id").asLong()).body())
                    .contains("perf-lab-01", "Search {16 clients}");
            assertThat(server.get("/").body()).contains(DemoProject.NAME, "Nightly web perf");
        }
    }
}
