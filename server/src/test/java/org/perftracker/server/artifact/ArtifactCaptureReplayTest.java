package org.perftracker.server.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * Replays every request of the reference {@code pt-artifact-ctl.py} tool, in its original order and with its
 * exact bytes (multipart bodies included), and checks each answer, with byte-exact downloads.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ArtifactCaptureReplayTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> CAPTURES = List.of("upload", "upload_compressed", "upload_auto_uuid", "link",
            "unlink", "update", "info", "list", "download", "download_compressed", "dump", "delete",
            "download_deleted", "info_missing");

    @Parameter
    TestDatabase database;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_reference_artifact_tool_gets_the_answers_it_reads() throws Exception {
        List<JsonNode> requests = new ArrayList<>();
        for (String name : CAPTURES) {
            requests.add(read("artifact_" + name));
        }
        requests.sort(Comparator.comparingInt(r -> r.get("seq").asInt()));
        byte[] uploadedFile = Base64.getDecoder().decode(read("artifact_upload").get("form_files").get("file")
                .get("data_b64").asText());
        try (RunningServer server = RunningServer.start(database)) {
            for (JsonNode request : requests) {
                HttpResponse<byte[]> answer = http.send(replay(server, request), HttpResponse.BodyHandlers.ofByteArray());
                JsonNode reference = request.get("response");
                String what = request.get("method").asText() + " " + request.get("path").asText();
                assertThat(answer.statusCode()).as(what + ": " + new String(answer.body(), StandardCharsets.UTF_8))
                        .isEqualTo(reference.get("status").asInt());
                String referenceBody = reference.get("body").asText();
                if (request.get("path").asText().contains("artifact_content")) {
                    if (answer.statusCode() == 200) {
                        byte[] expected = referenceBody.startsWith("<256 binary bytes>") ? uploadedFile
                                : referenceBody.getBytes(StandardCharsets.UTF_8);
                        assertThat(answer.body()).as(what).isEqualTo(expected);
                        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                                .startsWith(reference.get("content_type").asText());
                        String disposition = reference.path("headers").path("Content-Disposition").asText();
                        assertThat(answer.headers().firstValue("Content-Disposition").orElse(""))
                                .startsWith(disposition.startsWith("attachment") ? "attachment" : "inline");
                    } else {
                        assertThat(json(answer).get("message").asText()).startsWith(
                                "Data with UUID 11111111-2222-11e8-85cb-8c85907924aa was deleted @ ");
                    }
                } else if (referenceBody.startsWith("[")) {
                    assertSameMetas(json(answer), MAPPER.readTree(referenceBody));
                } else {
                    JsonNode expected = MAPPER.readTree(referenceBody);
                    if (expected.has("filename")) {
                        assertSameMeta(json(answer), expected);
                    } else {
                        assertThat(json(answer).get("message")).as(what).isEqualTo(expected.get("message"));
                    }
                }
            }
        }
    }

    private static void assertSameMetas(JsonNode actual, JsonNode expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSameMeta(actual.get(i), expected.get(i));
        }
    }

    /** Every field the client reads, except the times of this run and the ids. */
    private static void assertSameMeta(JsonNode actual, JsonNode expected) {
        for (String field : List.of("links", "uuid", "filename", "description", "mime", "deleted", "ttl_days",
                "deleted_dt", "size", "inline", "compression")) {
            assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
        }
        assertThat(actual.get("uploaded_dt").asText()).endsWith("Z");
        assertThat(actual.get("expires_dt").asText()).endsWith("Z");
    }

    private static HttpRequest replay(RunningServer server, JsonNode request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.baseUrl() + request.get("path").asText()));
        for (JsonNode header : request.get("headers")) {
            String name = header.get(0).asText();
            if (name.equalsIgnoreCase("Content-Type")) {
                builder.header(name, header.get(1).asText());
            }
        }
        byte[] body = request.has("body_b64") ? Base64.getDecoder().decode(request.get("body_b64").asText())
                : request.path("body").asText("").getBytes(StandardCharsets.UTF_8);
        return builder.method(request.get("method").asText(), body.length == 0
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static JsonNode json(HttpResponse<byte[]> answer) throws IOException {
        return MAPPER.readTree(answer.body());
    }

    private static JsonNode read(String capture) throws IOException {
        try (InputStream in = ArtifactCaptureReplayTest.class.getResourceAsStream("/captures/" + capture + ".jsonl")) {
            assertThat(in).as(capture).isNotNull();
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")[0]);
        }
    }
}
