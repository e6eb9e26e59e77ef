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

            JsonNode comparisons = server.getJson("/api/v1.0/" + demo + "/comparison/").get("data");
            assertThat(comparisons).hasSize(2);
            assertThat(comparisons.toString()).contains("Search before and after build 2.4.120");
            assertThat(server.get("/" + demo + "/comparison/").body()).contains("Search before and after build");
            JsonNode hosts = server.getJson("/api/v1.0/" + demo + "/hw_farm/").get("data");
            assertThat(hosts).extracting(h -> h.get("name").asText())
                    .containsExactlyInAnyOrderElementsOf(DemoLab.HOSTS);
            JsonNode locks = server.getJson("/api/v1.0/" + demo + "/hw_lock/?active=1").get("data");
            assertThat(locks).hasSize(1);
            assertThat(locks.get(0).get("hw_nodes")).hasSize(2);
            assertThat(server.get("/" + demo + "/hw_farm/").body()).contains("perf-lab-01", "Nightly web perf");
            assertThat(server.get("/" + demo + "/regression/").body()).contains("nightly");
            assertThat(server.getJson("/api/v1.0/0/hw_farm/").get("data")).as("the second load adds no host")
                    .hasSize(3);
        }
    }
}
