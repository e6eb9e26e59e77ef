package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.RawHttp;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * perftrackerlib cannot send headers of its own: with {@code --pt-url http://ci:TOKEN@perf.example.com:9000}
 * python-requests turns the URL's credentials into {@code Authorization: Basic base64("ci:TOKEN")}. The captured
 * requests of the reference client are replayed byte for byte with that one header added, against a server that
 * refuses anonymous writes.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PythonClientAuthTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Parameter
    TestDatabase database;

    @Test
    void the_captured_uploads_with_basic_credentials_in_the_url_are_accepted_and_without_them_refused()
            throws IOException {
        try (RunningServer server = RunningServer.start(database.create(), c -> c.withAuth(c.auth()
                .withAnonymousWrites(AuthSettings.AnonymousWrites.NEVER)))) {
            String token = Accounts.token(server, Accounts.user(server, "ci", Role.UPLOADER), Role.UPLOADER);
            String basic = Accounts.basic("ci", token);

            for (String capture : List.of("minimal", "artifact_upload")) {
                for (JsonNode request : read(capture)) {
                    RawHttp.Answer anonymous = replay(server, request, null);
                    RawHttp.Answer withToken = replay(server, request, basic);
                    String what = capture + ": " + request.get("method").asText() + " " + request.get("path").asText();
                    assertThat(withToken.status()).as(what + " " + withToken.body())
                            .isEqualTo(request.get("response").get("status").asInt());
                    if (request.get("method").asText().equals("GET")) {
                        assertThat(anonymous.status()).as(what).isEqualTo(200);
                    } else {
                        assertThat(anonymous.status()).as(what).isEqualTo(401);
                        assertThat(MAPPER.readTree(anonymous.body()).get("message").asText())
                                .as("perftrackerlib prints the JSON message of an error").contains("API token");
                    }
                }
            }
            assertThat(server.getJson("/api/v1.0/1/job/").get("recordsTotal").asInt()).isEqualTo(1);
            RawHttp.Answer wrong = replay(server, read("minimal").get(1), Accounts.basic("ci", token + "x"));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.headers().get("www-authenticate")).isEqualTo("Bearer realm=\"PerfTracker\"");
        }
    }

    /** Sends the captured request with its headers, in their order, and the credentials after them. */
    private static RawHttp.Answer replay(RunningServer server, JsonNode request, String authorization) {
        List<String[]> headers = new ArrayList<>();
        for (JsonNode h : request.get("headers")) {
            String name = h.get(0).asText();
            if (!name.equalsIgnoreCase("Content-Length")) {
                headers.add(new String[] {name, name.equalsIgnoreCase("Host")
                        ? server.baseUrl().substring("http://".length()) : h.get(1).asText()});
            }
        }
        if (authorization != null) {
            headers.add(new String[] {"Authorization", authorization});
        }
        byte[] body = request.has("body_b64")
                ? java.util.Base64.getDecoder().decode(request.get("body_b64").asText())
                : request.get("body").asText().getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(server.baseUrl(), request.get("method").asText(), request.get("path").asText(), headers,
                body);
    }

    private static List<JsonNode> read(String capture) throws IOException {
        try (InputStream in = PythonClientAuthTest.class.getResourceAsStream("/captures/" + capture + ".jsonl")) {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(MAPPER.readTree(line));
                }
            }
            return lines;
        }
    }
}
