package org.perftracker.server.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.server.regression.Nightly;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * The project in an API path, on both databases: lists and creates under an unknown project are 404, one object
 * is found by its id whatever the project of the path, and the reference's routes that take any project answer.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ProjectInPathTest {
    private static final List<String> LISTS = List.of("job/", "comparison/", "regression/", "alert/", "hw_farm/",
            "hw_lock/", "artifact/");

    @Parameter
    TestDatabase database;

    private static RunningServer server;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    @Test
    void every_list_under_an_unknown_project_is_404_naming_it_and_project_zero_lists_them_all() {
        for (String list : LISTS) {
            RunningServer.Answer unknown = server.get("/api/v1.0/4242/" + list);
            assertThat(unknown.status()).as(list).isEqualTo(404);
            assertThat(unknown.json().get("message").asText()).as(list).isEqualTo("Project 4242 does not exist");
            assertThat(server.get("/api/v1.0/0/" + list).status()).as(list).isEqualTo(200);
            assertThat(server.get("/api/v1.0/1/" + list).status()).as(list).isEqualTo(200);
        }
    }

    @Test
    void a_create_under_an_unknown_project_is_404_but_an_upload_goes_by_its_project_name_as_the_reference_does() {
        RunningServer.Answer job = server.upload(4242, Fixtures.job().title("By name").build());
        assertThat(job.status()).as(job.body()).isEqualTo(200);
        assertThat(server.getJson("/api/v1.0/0/job/" + job.json().get("id").asLong()).get("project").get("id")
                .asLong()).isEqualTo(1);
        var before = server.snapshot();
        RunningServer.Answer refused = server.postJson("/api/v1.0/4242/comparison/",
                "{\"jobs\": [" + job.json().get("id").asLong() + "]}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(404);
        assertThat(refused.json().get("message").asText()).isEqualTo("Project 4242 does not exist");
        assertThat(server.snapshot()).isEqualTo(before);
    }

    @Test
    void one_object_is_found_by_its_id_whatever_the_project_of_the_path() {
        String tag = "paths-" + System.nanoTime();
        RunningServer.Answer job = server.upload(Nightly.stepAt(tag, 1, 12));
        assertThat(job.status()).as(job.body()).isEqualTo(200);
        long jobId = job.json().get("id").asLong();
        long regression = server.getJson("/api/v1.0/1/regression/?search%5Bvalue%5D=" + tag).get("data").get(0)
                .get("id").asLong();
        for (String project : List.of("0", "1", "4242")) {
            assertThat(server.get("/api/v1.0/" + project + "/job/" + jobId).status()).as(project).isEqualTo(200);
            assertThat(server.getJson("/api/v1.0/" + project + "/regression/" + regression).get("tag").asText())
                    .as(project).isEqualTo(tag);
        }
    }

    @Test
    void home_and_project_answer_under_any_project_as_the_reference_does() {
        for (String project : List.of("0", "1", "4242")) {
            assertThat(server.getJson("/api/v1.0/" + project + "/home/").toString()).isEqualTo("[]");
            assertThat(server.getJson("/api/v1.0/" + project + "/project/").get(0).get("name").asText())
                    .isEqualTo("Default project");
        }
    }
}
