package org.perftracker.server.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.TestResult;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * Artifacts linked to a job or to its tests show on the job's page (and in the details the jobs list expands), on
 * each test's page, and in the job's API answer, with a link to their content; what the uploader named and
 * described them is escaped like any uploaded text.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ArtifactsOnJobPagesTest {
    @Parameter
    TestDatabase database;

    private static final UUID JOB = UUID.randomUUID();
    private static final UUID LOGIN = UUID.randomUUID();
    private static final UUID HOME = UUID.randomUUID();
    private static final UUID JOB_LOG = UUID.randomUUID();
    private static final UUID LOGIN_DUMP = UUID.randomUUID();
    private static final UUID EVIL = UUID.randomUUID();
    private static final UUID DELETED = UUID.randomUUID();
    private static final UUID ELSEWHERE = UUID.randomUUID();

    private static RunningServer server;
    private static long jobId;
    private static long loginTest;
    private static long homeTest;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db);
        jobId = server.upload(Fixtures.job().uuid(JOB).title("Nightly with files")
                .test(TestResult.builder("login").uuid(LOGIN).scores(1.5, 1.6).build())
                .test(TestResult.builder("home").uuid(HOME).scores(7).build())
                .build()).json().get("id").asLong();
        JsonNode tests = server.getJson("/api/v1.0/1/job/" + jobId + "/group/0/test/?length=10").get("data");
        for (JsonNode t : tests) {
            if (t.get("tag").asText().equals("login")) {
                loginTest = t.get("id").asLong();
            } else {
                homeTest = t.get("id").asLong();
            }
        }
        artifact(JOB_LOG, "run.log", new byte[3000], Map.of("description", "the whole output of the run",
                "inline", "True", "linked_uuids", "[\"" + JOB + "\"]"));
        artifact(LOGIN_DUMP, "login.jfr", new byte[5 * 1024 * 1024 / 2], Map.of("description", "a flight recording",
                "linked_uuids", "[\"" + LOGIN + "\", \"" + HOME + "\"]"));
        artifact(EVIL, "<img src=x onerror=alert(1)>.txt", "x".getBytes(StandardCharsets.UTF_8),
                Map.of("description", "<script>alert('d')</script>", "linked_uuids", "[\"" + JOB + "\"]"));
        artifact(DELETED, "gone.txt", "x".getBytes(StandardCharsets.UTF_8),
                Map.of("linked_uuids", "[\"" + JOB + "\"]"));
        assertThat(server.delete("/api/v1.0/0/artifact/" + DELETED).status()).isEqualTo(200);
        artifact(ELSEWHERE, "other.txt", "x".getBytes(StandardCharsets.UTF_8),
                Map.of("linked_uuids", "[\"" + UUID.randomUUID() + "\"]"));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static void artifact(UUID uuid, String filename, byte[] content, Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("filename", filename);
        RunningServer.Answer answer = server.send(Forms.multipart(server, "/api/v1.0/0/artifact/" + uuid, "file",
                "file", content, all));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void the_job_page_lists_the_artifacts_of_the_job_and_of_its_tests_with_links_to_their_content() {
        String page = server.get("/1/job/" + jobId).body();
        assertThat(page).contains("href=\"/1/artifact_content/" + JOB_LOG + "\"", "run.log", "2.93 KiB",
                "the whole output of the run", "text/plain", "(opens)");
        assertThat(page).contains("href=\"/1/artifact_content/" + LOGIN_DUMP + "\"", "login.jfr", "2.5 MiB",
                "download=\"login.jfr\"");
        assertThat(page).contains("href=\"/1/job/" + jobId + "/test/" + loginTest + "\">test login</a>",
                "href=\"/1/job/" + jobId + "/test/" + homeTest + "\">test home</a>");
        assertThat(page).contains("3 files").doesNotContain("gone.txt", "other.txt");
        String details = server.get("/1/job/" + jobId + "?part=details").body();
        assertThat(details).contains("href=\"/1/artifact_content/" + JOB_LOG + "\"", "login.jfr");
    }

    @Test
    void what_the_uploader_wrote_is_escaped() {
        String page = server.get("/1/job/" + jobId).body();
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;.txt", "&lt;script&gt;alert(")
                .doesNotContain("<img src=x", "<script>alert(");
    }

    @Test
    void a_test_page_lists_the_artifacts_linked_to_that_test_only() {
        String login = server.get("/1/job/" + jobId + "/test/" + loginTest).body();
        assertThat(login).contains("login.jfr", "a flight recording").doesNotContain("run.log");
        String part = server.get("/1/job/" + jobId + "/test/" + homeTest + "?part=1").body();
        assertThat(part).contains("href=\"/1/artifact_content/" + LOGIN_DUMP + "\"");
        String none = server.get("/1/job/" + jobId + "/test/" + loginTest).body();
        assertThat(none).doesNotContain("other.txt");
    }

    @Test
    void the_api_gives_the_job_its_artifacts_as_their_metadata() {
        JsonNode artifacts = server.getJson("/api/v1.0/1/job/" + jobId).get("artifacts");
        assertThat(artifacts).extracting(a -> a.get("filename").asText())
                .containsExactlyInAnyOrder("run.log", "login.jfr", "<img src=x onerror=alert(1)>.txt");
        JsonNode dump = List.of(artifacts.get(0), artifacts.get(1), artifacts.get(2)).stream()
                .filter(a -> a.get("uuid").asText().equals(LOGIN_DUMP.toString())).findFirst().orElseThrow();
        assertThat(dump.get("size").asLong()).isEqualTo(5 * 1024 * 1024 / 2);
        assertThat(dump.get("links")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(LOGIN.toString(), HOME.toString());
        assertThat(dump.has("expires_dt")).isTrue();
        RunningServer.Answer download = server.get("/1/job/" + jobId + "?as_json=1");
        assertThat(download.json().get("artifacts")).hasSize(3);
    }
}
