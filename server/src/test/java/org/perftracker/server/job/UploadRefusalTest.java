package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * Bad uploads are answered with a 4xx JSON body naming the problem, and nothing of them is stored: no job, and
 * an existing job keeps its tests exactly.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class UploadRefusalTest {
    @Parameter
    TestDatabase database;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JOBS = "/api/v1.0/1/job/";
    private static RunningServer server;
    private static JobUpload existing;
    private static String existingSnapshot;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db.create(), c -> c.withMaxUploadMb(1));
        existing = Fixtures.job().title("Existing").test("a", 1, 2).test("b", 3).build();
        assertThat(server.upload(existing).status()).isEqualTo(200);
        existingSnapshot = snapshot();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    /** Everything stored: the job list and the existing job's tests with their scores. */
    private static String snapshot() {
        JsonNode list = server.getJson("/api/v1.0/0/job/?length=100");
        JsonNode job = server.getJson("/1/job/" + list.get("data").get(0).get("id").asLong() + "?as_json=1");
        ((com.fasterxml.jackson.databind.node.ObjectNode) job).remove("upload");
        return list.get("recordsTotal") + " " + job.get("tests") + " " + job.get("tests_total");
    }

    private static JsonNode refused(int status, String body) {
        RunningServer.Answer answer = server.post(JOBS, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(snapshot()).as("nothing stored").isEqualTo(existingSnapshot);
        return answer.json();
    }

    private static String json(JobUpload job) {
        return new String(new UploadWriter(MAPPER).toBytes(job), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void malformed_json_is_refused() {
        JsonNode answer = refused(400, "{\"uuid\": \"" + UUID.randomUUID() + "\", \"tests\": [");
        assertThat(answer.get("message").asText()).contains("not valid JSON");
        assertThat(answer.get("errors").has("body")).isTrue();
        refused(400, "");
        refused(400, "[1, 2, 3]");
    }

    @Test
    void wrong_types_are_refused_naming_the_field() {
        String body = json(Fixtures.job().test("a", 1).build()).replace("\"scores\":[1.0]", "\"scores\":\"abc\"")
                .replace("\"scores\":[1]", "\"scores\":\"abc\"");
        JsonNode answer = refused(400, body);
        assertThat(answer.get("errors").has("tests[0].scores")).as(answer.toString()).isTrue();
        refused(400, "{\"uuid\": \"" + UUID.randomUUID() + "\", \"project_name\": \"Default project\","
                + " \"job_title\": \"x\", \"env_nodes\": 5}");
    }

    @Test
    void an_unknown_project_is_refused_listing_the_valid_ones() {
        JsonNode answer = refused(400, json(Fixtures.job().project("Nope").test("a", 1).build()));
        assertThat(answer.get("message").asText()).isEqualTo("Project 'Nope' doesn't exist. Use: 'Default project'");
        assertThat(answer.get("errors").has("project_name")).isTrue();
    }

    @Test
    void duplicate_test_keys_are_refused_within_an_upload_and_against_the_job() {
        refused(400, json(Fixtures.job().test("a", 1).test("a", 2).build()));
        JobUpload append = Fixtures.job().uuid(existing.uuid()).append().test("c", 5).test("a", 9).build();
        JsonNode answer = refused(400, json(append));
        assertThat(answer.get("errors").get("tests[1]").get(0).asText()).contains("already has a test")
                .contains(existing.tests().get(0).tag());
    }

    @Test
    void invalid_uuids_are_refused() {
        String body = json(Fixtures.job().test("a", 1).build());
        JsonNode answer = refused(400, body.replaceFirst("\"uuid\":\"[^\"]+\"", "\"uuid\":\"12345\""));
        assertThat(answer.get("errors").has("uuid")).isTrue();
        JobUpload withTestUuid = Fixtures.job().test(TestResult.builder("a").scores(1).uuid(UUID.randomUUID())
                .build()).build();
        String bad = json(withTestUuid).replace(withTestUuid.tests().get(0).uuid().orElseThrow().toString(), "zz");
        assertThat(refused(400, bad).get("errors").has("tests[0].uuid")).isTrue();
    }

    @Test
    void datetimes_without_a_time_zone_are_refused() {
        String body = json(Fixtures.job().test("a", 1).build()).replace("2024-05-01T01:00:00Z", "2024-05-01T01:00:00");
        JsonNode answer = refused(400, body);
        assertThat(answer.get("errors").get("begin").get(0).asText()).contains("time zone");
    }

    @Test
    void a_new_job_without_a_title_is_refused() {
        JsonNode answer = refused(400, json(Fixtures.job().title(null).test("a", 1).build()));
        assertThat(answer.get("errors").has("job_title")).isTrue();
    }

    @Test
    void absurd_lengths_are_refused() {
        JsonNode answer = refused(400, json(Fixtures.job().test("x".repeat(10_000), 1).build()));
        assertThat(answer.get("errors").has("tests[0].tag")).isTrue();
        JsonNode scores = refused(400, json(Fixtures.job().test("many", new double[100_001]).build()));
        assertThat(scores.get("errors").has("tests[0].scores")).isTrue();
    }

    @Test
    void bodies_over_the_limit_are_refused_with_413() {
        JsonNode answer = refused(413, json(Fixtures.job().manyTests(6_000, 20).build()));
        assertThat(answer.get("message").asText()).contains("1 MiB").contains("--max-upload-mb");
    }
}
