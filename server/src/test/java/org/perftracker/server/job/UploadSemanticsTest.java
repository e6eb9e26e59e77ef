package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** How uploads change a job: replace, append, identity by uuid, times, regression membership. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class UploadSemanticsTest {
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

    private static long upload(JobUpload job) {
        RunningServer.Answer answer = server.upload(job);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("id").asLong();
    }

    private static JsonNode job(long id) {
        return server.getJson("/api/v1.0/1/job/" + id);
    }

    private static List<String> tags(long id) {
        List<String> tags = new ArrayList<>();
        server.getJson("/1/job/" + id + "?as_json=1").get("tests").forEach(t -> tags.add(t.get("tag").asText()));
        return tags;
    }

    private static TestResult test(String tag, UUID uuid, double score) {
        return TestResult.builder(tag).uuid(uuid).group("g").scores(score).build();
    }

    @Test
    void a_replacing_upload_keeps_tests_by_uuid_and_deletes_the_rest() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        long id = upload(Fixtures.job().uuid(job).test(test("a", a, 1)).test(test("b", b, 2)).build());
        long testA = server.getJson("/api/v1.0/1/job/" + id + "/group/0/test/").get("data").get(0).get("id").asLong();
        RunningServer.Answer again = server.upload(Fixtures.job().uuid(job).test(test("a", a, 10))
                .test(test("c", UUID.randomUUID(), 3)).build());
        assertThat(again.json().get("result").asText()).isEqualTo("updated");
        assertThat(again.json().get("id").asLong()).isEqualTo(id);
        assertThat(tags(id)).containsExactlyInAnyOrder("a", "c");
        JsonNode kept = server.getJson("/api/v1.0/1/job/" + id + "/group/0/test/" + testA);
        assertThat(kept.get("uuid").asText()).isEqualTo(a.toString());
        assertThat(kept.get("scores").get(0).asDouble()).isEqualTo(10.0);
    }

    @Test
    void an_append_adds_tests_updates_by_uuid_and_keeps_values_it_does_not_send() {
        UUID job = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        long id = upload(Fixtures.job().uuid(job).title("Nightly").product("app", "1.4.0-512").link("ci", "https://ci/1")
                .times(Instant.parse("2024-05-01T01:00:00Z"), Instant.parse("2024-05-01T01:42:10Z"))
                .test(TestResult.builder("home").uuid(failing).category("8 clients").status(TestStatus.FAILED)
                        .addError("connection refused").build())
                .test("login", 0.42).build());
        JobUpload append = new JobUpload(job, "Default project", java.util.Optional.empty(), true, false,
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.of(Instant.parse("2024-05-01T02:00:00Z")),
                java.util.Optional.of(Instant.parse("2024-05-01T02:10:00Z")), List.of(),
                List.of(TestResult.builder("home").uuid(failing).category("8 clients").scores(301.3, 299.8).build(),
                        TestResult.builder("home").category("16 clients").scores(350.2).build()));
        RunningServer.Answer answer = server.upload(append);
        assertThat(answer.json().get("message").asText()).isEqualTo("OK, job " + id + " has been appended");
        JsonNode stored = job(id);
        assertThat(stored.get("title").asText()).isEqualTo("Nightly");
        assertThat(stored.get("product_ver").asText()).isEqualTo("1.4.0-512");
        assertThat(stored.get("links").get("ci").asText()).isEqualTo("https://ci/1");
        assertThat(stored.get("begin").asText()).isEqualTo("2024-05-01T01:00:00Z");
        assertThat(stored.get("end").asText()).isEqualTo("2024-05-01T02:10:00Z");
        assertThat(stored.get("duration").asLong()).isEqualTo(42 * 60 + 10 + 10 * 60);
        assertThat(stored.get("tests_total").asInt()).isEqualTo(3);
        assertThat(stored.get("tests_failed").asInt()).isZero();
        assertThat(tags(id)).containsExactly("home", "login", "home");
    }

    @Test
    void counters_and_test_cases_follow_the_reference_rules() {
        long id = upload(Fixtures.job()
                .test(TestResult.builder("Home page").group("Throughput").category("2 clients").scores(110.2).build())
                .test(TestResult.builder("Home page").group("Throughput").category("8 clients")
                        .status(TestStatus.FAILED).build())
                .test(TestResult.builder("Login").group("Latency").scores(0.42).build())
                .test(TestResult.builder("Logout").group("Latency").scores(0.11).addWarning("slow").build())
                .build());
        JsonNode job = job(id);
        assertThat(job.get("tests_total").asInt()).isEqualTo(4);
        assertThat(job.get("tests_completed").asInt()).isEqualTo(4);
        assertThat(job.get("tests_failed").asInt()).isEqualTo(1);
        assertThat(job.get("tests_errors").asInt()).isEqualTo(1);
        assertThat(job.get("tests_warnings").asInt()).isEqualTo(1);
        assertThat(job.get("testcases_total").asInt()).isEqualTo(2);
        assertThat(job.get("testcases_errors").asInt()).isEqualTo(1);
    }

    @Test
    void statistics_of_the_scores_are_computed_on_write() {
        long id = upload(Fixtures.job().test(TestResult.builder("t").scores(110.2, 112.9, 111.4)
                .deviations(List.of(1.2, 0.8, 1.0)).build()).build());
        long testId = server.getJson("/api/v1.0/1/job/" + id + "/group/0/test/").get("data").get(0).get("id").asLong();
        JsonNode t = server.getJson("/api/v1.0/1/job/" + id + "/group/0/test/" + testId);
        assertThat(t.get("avg_score").asDouble()).isEqualTo(111.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(t.get("median_score").asDouble()).isEqualTo(111.4);
        assertThat(t.get("min_score").asDouble()).isEqualTo(110.2);
        assertThat(t.get("stddev").asDouble()).isEqualTo(1.352775, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(t.get("avg_dev").asDouble()).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(t.get("avg_plusmin").asInt()).isEqualTo(1);
        assertThat(t.get("samples").asInt()).isEqualTo(3);
    }

    @Test
    void a_job_joins_a_regression_only_with_a_tag_and_an_unlink_survives_later_uploads() {
        UUID uuid = UUID.randomUUID();
        long id = upload(Fixtures.job().uuid(uuid).test("a", 1).build());
        assertThat(job(id).get("regression").isNull()).isTrue();
        upload(Fixtures.job().uuid(uuid).regressionTag("webapp-1.4").test("a", 1).build());
        JsonNode linked = job(id);
        assertThat(linked.get("regression").get("tag").asText()).isEqualTo("webapp-1.4");
        assertThat(linked.get("is_linked").asBoolean()).isTrue();
        assertThat(server.patch("/api/v1.0/1/job/" + id, "{\"job_id\": " + id + ", \"link\": false}").status())
                .isEqualTo(200);
        upload(Fixtures.job().uuid(uuid).regressionTag("webapp-1.4").test("a", 2).build());
        assertThat(job(id).get("is_linked").asBoolean()).isFalse();
        upload(Fixtures.job().uuid(uuid).test("a", 3).build());
        assertThat(job(id).get("regression").get("tag").asText()).isEqualTo("webapp-1.4");
        RunningServer.Answer again = server.patch("/api/v1.0/1/job/" + id, "{\"link\": false}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("message").asText()).contains("already been in this status");
    }

    @Test
    void uploads_do_not_undelete_a_deleted_job_but_an_edit_does() {
        UUID uuid = UUID.randomUUID();
        long id = upload(Fixtures.job().uuid(uuid).test("a", 1).build());
        assertThat(server.delete("/api/v1.0/1/job/" + id).status()).isEqualTo(200);
        upload(Fixtures.job().uuid(uuid).test("a", 2).build());
        assertThat(job(id).get("deleted").asBoolean()).isTrue();
        assertThat(server.put("/api/v1.0/1/job/" + id, "{\"title\": \"Renamed\", \"links\": {\"x\": \"https://x\"}}")
                .status()).isEqualTo(200);
        JsonNode edited = job(id);
        assertThat(edited.get("deleted").asBoolean()).isFalse();
        assertThat(edited.get("title").asText()).isEqualTo("Renamed");
        assertThat(edited.get("links").get("x").asText()).isEqualTo("https://x");
    }

    @Test
    void a_test_uuid_of_another_job_never_moves_that_test() {
        UUID shared = UUID.randomUUID();
        long first = upload(Fixtures.job().test(test("a", shared, 1)).build());
        long second = upload(Fixtures.job().test(test("a", shared, 2)).build());
        assertThat(first).isNotEqualTo(second);
        assertThat(tags(first)).containsExactly("a");
        assertThat(tags(second)).containsExactly("a");
    }

    @Test
    void env_nodes_are_replaced_only_by_an_upload_that_sends_some() {
        UUID uuid = UUID.randomUUID();
        org.perftracker.core.upload.EnvNode host = org.perftracker.core.upload.EnvNode.of("s1", "Host");
        long id = upload(Fixtures.job().uuid(uuid).env(host).test("a", 1).build());
        upload(Fixtures.job().uuid(uuid).test("a", 1).build());
        assertThat(job(id).get("env_node").get(0).get("name").asText()).isEqualTo("s1");
        upload(Fixtures.job().uuid(uuid).env(org.perftracker.core.upload.EnvNode.of("s2", "Host")).test("a", 1)
                .build());
        JsonNode env = job(id).get("env_node");
        assertThat(env).hasSize(1);
        assertThat(env.get(0).get("name").asText()).isEqualTo("s2");
    }

    @Test
    void text_with_tabs_newlines_backslashes_and_unicode_is_stored_exactly() {
        String tag = "tab\there, line\nbreak, back\\slash \\N, \u00e9\u4e2d\ud83d\ude80";
        String description = "multi\r\nline\t\\";
        long id = upload(Fixtures.job().test(TestResult.builder(tag).group("g\tg").description(description)
                .scores(1).build()).build());
        JsonNode test = server.getJson("/1/job/" + id + "?as_json=1").get("tests").get(0);
        assertThat(test.get("tag").asText()).isEqualTo(tag);
        assertThat(test.get("group").asText()).isEqualTo("g\tg");
        assertThat(test.get("description").asText()).isEqualTo(description);
    }
}
