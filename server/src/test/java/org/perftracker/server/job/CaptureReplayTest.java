package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * Replays every request perftrackerlib made in the captured sessions, in their original order, against a real
 * server, and checks each answer and each stored job against what the captured uploads describe.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaptureReplayTest {
    private static final List<String> JOB_CAPTURES = List.of("minimal", "fake", "fake_microservice", "ab",
            "uploader_text", "uploader_json", "uploader_cmd", "uploader_replace", "uploader_append");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Parameter
    TestDatabase database;

    private RunningServer server;
    private final Map<String, Expected> expectedByJobUuid = new LinkedHashMap<>();
    private final Map<String, List<Integer>> testCountsAfterEachUpload = new HashMap<>();
    private final List<String> answerMismatches = new ArrayList<>();

    /** What the captured uploads say a job holds. */
    private static final class Expected {
        final Map<String, JsonNode> testsByUuid = new LinkedHashMap<>();
        JsonNode lastBody;
        JsonNode envNodes;
        long jobId;
    }

    @BeforeParameterizedClassInvocation
    void replayEveryCapture(TestDatabase db) throws IOException {
        expectedByJobUuid.clear();
        testCountsAfterEachUpload.clear();
        answerMismatches.clear();
        server = RunningServer.start(db);
        List<JsonNode> requests = new ArrayList<>();
        for (String name : JOB_CAPTURES) {
            requests.addAll(readCapture(name));
        }
        requests.sort(Comparator.comparingInt(r -> r.get("seq").asInt()));
        for (JsonNode request : requests) {
            replay(request);
        }
    }

    @AfterParameterizedClassInvocation
    void stop() {
        server.close();
    }

    private void replay(JsonNode request) throws IOException {
        String path = request.get("path").asText();
        JsonNode reference = request.get("response");
        RunningServer.Answer answer = request.get("method").asText().equals("GET")
                ? server.get(path) : server.post(path, request.get("body").asText());
        assertThat(answer.status()).as("%s %s: %s", request.get("method").asText(), path, answer.body())
                .isEqualTo(reference.get("status").asInt());
        if (path.endsWith("/project/")) {
            assertThat(answer.json()).isEqualTo(MAPPER.readTree(reference.get("body").asText()));
            return;
        }
        if (!answer.json().get("message").asText().equals(reference.get("body").asText())) {
            answerMismatches.add(answer.json().get("message").asText() + " != " + reference.get("body").asText());
        }
        JsonNode body = MAPPER.readTree(request.get("body").asText());
        String uuid = body.get("uuid").asText();
        Expected expected = expectedByJobUuid.computeIfAbsent(uuid, u -> new Expected());
        if (!body.path("append").asBoolean(false)) {
            expected.testsByUuid.clear();
        }
        body.path("tests").forEach(t -> expected.testsByUuid.put(t.get("uuid").asText(), t));
        if (body.path("env_nodes").size() > 0) {
            expected.envNodes = body.get("env_nodes");
        }
        expected.lastBody = body;
        expected.jobId = answer.json().get("id").asLong();
        int stored = server.getJson("/api/v1.0/1/job/" + expected.jobId).get("tests_total").asInt();
        testCountsAfterEachUpload.computeIfAbsent(uuid, u -> new ArrayList<>()).add(stored);
    }

    private static List<JsonNode> readCapture(String name) throws IOException {
        try (InputStream in = CaptureReplayTest.class.getResourceAsStream("/captures/" + name + ".jsonl")) {
            assertThat(in).as("capture " + name).isNotNull();
            List<JsonNode> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(MAPPER.readTree(line));
                }
            }
            return lines;
        }
    }

    @Test
    void every_answer_names_the_job_as_the_reference_server_did() {
        assertThat(answerMismatches).isEmpty();
        assertThat(expectedByJobUuid).hasSize(7);
    }

    @Test
    void cumulative_uploads_of_the_fake_examples_replace_the_tests_each_time() {
        assertThat(testCountsAfterEachUpload.get(uuidOf("Fake example"))).containsExactly(315, 320, 326, 328);
        List<Integer> microservice = testCountsAfterEachUpload.get(uuidOf("Microservice example"));
        assertThat(microservice).hasSize(21);
        for (int i = 0; i < 21; i++) {
            assertThat(microservice.get(i)).isEqualTo(12 * (i + 1));
        }
    }

    @Test
    void every_stored_job_holds_exactly_the_tests_its_uploads_describe() {
        for (Expected expected : expectedByJobUuid.values()) {
            JsonNode download = server.getJson("/1/job/" + expected.jobId + "?as_json=1");
            Map<String, JsonNode> stored = new HashMap<>();
            download.get("tests").forEach(t -> stored.put(t.get("uuid").asText(), t));
            assertThat(stored.keySet()).as("job %d", expected.jobId)
                    .containsExactlyInAnyOrderElementsOf(expected.testsByUuid.keySet());
            expected.testsByUuid.forEach((uuid, sent) -> {
                JsonNode kept = stored.get(uuid);
                assertThat(kept.get("tag").asText()).isEqualTo(sent.get("tag").asText());
                assertThat(kept.get("group").asText()).isEqualTo(sent.path("group").asText(""));
                assertThat(kept.get("category").asText()).isEqualTo(sent.path("category").asText(""));
                assertThat(kept.get("metrics").asText()).isEqualTo(sent.path("metrics").asText("loops/sec"));
                assertThat(kept.get("less_better").asBoolean()).isEqualTo(sent.path("less_better").asBoolean());
                assertThat(kept.get("status").asText()).isEqualTo(sent.path("status").asText("SUCCESS"));
                assertThat(doubles(kept.get("scores"))).isEqualTo(doubles(sent.path("scores")));
                assertThat(kept.get("errors").isArray() ? kept.get("errors").size() : kept.get("errors").asInt())
                        .isEqualTo(count(sent.get("errors")));
            });
        }
    }

    @Test
    void job_values_and_counters_match_the_last_upload() {
        for (Expected expected : expectedByJobUuid.values()) {
            JsonNode job = server.getJson("/api/v1.0/1/job/" + expected.jobId);
            JsonNode body = expected.lastBody;
            assertThat(job.get("title").asText()).isEqualTo(body.get("job_title").asText());
            assertThat(job.get("uuid").asText()).isEqualTo(body.get("uuid").asText());
            assertThat(job.get("product_ver").asText()).isEqualTo(body.path("product_ver").asText(""));
            assertThat(job.get("suite_ver").asText()).isEqualTo(body.path("suite_ver").asText(""));
            assertThat(job.get("project").get("name").asText()).isEqualTo("Default project");
            Counters counters = Counters.of(expected.testsByUuid.values());
            assertThat(job.get("tests_total").asInt()).isEqualTo(counters.total);
            assertThat(job.get("tests_completed").asInt()).isEqualTo(counters.completed);
            assertThat(job.get("tests_failed").asInt()).isEqualTo(counters.failed);
            assertThat(job.get("tests_errors").asInt()).isEqualTo(counters.errors);
            assertThat(job.get("tests_warnings").asInt()).isEqualTo(counters.warnings);
            assertThat(job.get("testcases_total").asInt()).isEqualTo(counters.testcases);
            assertThat(job.get("testcases_errors").asInt()).isEqualTo(counters.testcaseErrors);
            if (body.has("links")) {
                assertThat(job.get("links")).isEqualTo(body.get("links"));
            }
        }
    }

    @Test
    void environment_trees_are_stored_as_uploaded() {
        int jobsWithEnvironment = 0;
        for (Expected expected : expectedByJobUuid.values()) {
            JsonNode stored = server.getJson("/api/v1.0/1/job/" + expected.jobId).get("env_node");
            if (expected.envNodes == null) {
                assertThat(stored).isEmpty();
                continue;
            }
            jobsWithEnvironment++;
            assertSameTree(stored, expected.envNodes);
        }
        assertThat(jobsWithEnvironment).isGreaterThanOrEqualTo(2);
        JsonNode client = server.getJson("/api/v1.0/1/job/" + expectedByJobUuid.get(uuidOf("ab example")).jobId)
                .get("env_node").get(0);
        assertThat(client.get("cpu_info").asText()).isEqualTo("AMD EPYC @ 2.1GHz");
    }

    @Test
    void the_job_list_shows_every_job_newest_first_with_top_level_env_nodes() {
        JsonNode page = server.getJson("/api/v1.0/1/job/?draw=3&start=0&length=50");
        assertThat(page.get("draw").asInt()).isEqualTo(3);
        assertThat(page.get("recordsTotal").asInt()).isEqualTo(7);
        List<String> ends = new ArrayList<>();
        page.get("data").forEach(row -> ends.add(row.get("end").asText()));
        assertThat(ends).isSortedAccordingTo(Comparator.reverseOrder());
        JsonNode fake = server.getJson("/api/v1.0/1/job/?search%5Bvalue%5D=fake%20example").get("data").get(0);
        List<String> env = new ArrayList<>();
        fake.get("env_node").forEach(n -> env.add(n.get("name").asText()));
        assertThat(env).containsExactly("s1", "s2", "s3", "s4", "client");
    }

    private String uuidOf(String title) {
        return expectedByJobUuid.entrySet().stream()
                .filter(e -> e.getValue().lastBody.get("job_title").asText().equals(title))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static void assertSameTree(JsonNode stored, JsonNode sent) {
        assertThat(stored.size()).isEqualTo(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            JsonNode s = stored.get(i);
            JsonNode e = sent.get(i);
            assertThat(s.get("uuid").asText()).isEqualTo(e.get("uuid").asText());
            assertThat(s.get("name").asText()).isEqualTo(e.get("name").asText());
            assertThat(s.get("node_type").get("name").asText()).isEqualTo(e.path("node_type").asText(""));
            assertThat(s.get("version").asText()).isEqualTo(e.path("version").asText(""));
            assertThat(s.get("ip").asText()).isEqualTo(e.path("ip").asText(""));
            for (String key : List.of("cpus_topology", "model", "hw_uuid", "serial_num", "cpu_info", "ram_info")) {
                assertThat(s.get(key).asText()).as(key).isEqualTo(e.path(key).asText(""));
            }
            if (e.has("cpus")) {
                assertThat(s.get("cpus").asInt()).isEqualTo(e.get("cpus").asInt());
            }
            if (e.has("ram_mb")) {
                assertThat(s.get("ram_mb").asInt()).isEqualTo(e.get("ram_mb").asInt());
            }
            assertSameTree(s.get("children"), e.path("children"));
        }
    }

    private static List<Double> doubles(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asDouble()));
        return values;
    }

    private static int count(JsonNode errors) {
        if (errors == null || errors.isNull()) {
            return 0;
        }
        return errors.isArray() ? errors.size() : errors.asInt();
    }

    /** The counters, computed here independently of the server's code. */
    private static final class Counters {
        int total;
        int completed;
        int failed;
        int errors;
        int warnings;
        int testcases;
        int testcaseErrors;

        static Counters of(Iterable<JsonNode> tests) {
            Counters c = new Counters();
            Map<String, Boolean> cases = new HashMap<>();
            for (JsonNode t : tests) {
                String status = t.path("status").asText("SUCCESS");
                boolean failed = status.equals("FAILED");
                boolean erroneous = failed || count(t.get("errors")) > 0;
                c.total++;
                c.completed += failed || status.equals("SUCCESS") ? 1 : 0;
                c.failed += failed ? 1 : 0;
                c.errors += erroneous ? 1 : 0;
                c.warnings += count(t.get("warnings")) > 0 ? 1 : 0;
                String category = t.path("category").asText("");
                String testCase = category.isEmpty() ? "g/" + t.path("group").asText("") : "t/" + t.get("tag").asText();
                cases.merge(testCase, erroneous, Boolean::logicalOr);
            }
            c.testcases = cases.size();
            Set<Boolean> unused = new HashSet<>(cases.values());
            c.testcaseErrors = (int) cases.values().stream().filter(Boolean::booleanValue).count();
            return unused.isEmpty() ? c : c;
        }
    }
}
