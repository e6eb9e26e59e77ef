package org.perftracker.client.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The two calls {@code pt check} makes: find the project, ask the server's check of a job. */
final class CheckClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final Optional<String> token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    /** The server could not be reached, or answered with an error. */
    static final class CheckFailure extends Exception {
        private static final long serialVersionUID = 1L;

        CheckFailure(String message) {
            super(message);
        }
    }

    CheckClient(String baseUrl, Optional<String> token) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
    }

    /** @return the id of the project with this id or name */
    long projectId(String project) throws CheckFailure {
        if (project.matches("\\d{1,18}")) {
            return Long.parseLong(project);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode p : get("/api/v1.0/0/project/")) {
            if (p.path("name").asText().equals(project)) {
                return p.path("id").asLong();
            }
            names.add("'" + p.path("name").asText() + "'");
        }
        throw new CheckFailure("no project '" + project + "' on " + baseUrl + " (there are " + String.join(", ", names)
                + ")");
    }

    /** @return the server's check of the job (see the server's {@code GET /api/v1.0/<p>/check/}) */
    JsonNode check(long projectId, Optional<String> tag, UUID job) throws CheckFailure {
        return get("/api/v1.0/" + projectId + "/check/?job=" + job
                + tag.map(t -> "&tag=" + URLEncoder.encode(t, StandardCharsets.UTF_8)).orElse(""));
    }

    private JsonNode get(String path) throws CheckFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<String> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            String why = e instanceof ConnectException ? "connection refused"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new CheckFailure("cannot reach " + baseUrl + ": " + why);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckFailure("interrupted");
        }
        JsonNode body;
        try {
            body = mapper.readTree(answer.body());
        } catch (IOException e) {
            throw new CheckFailure(baseUrl + path + " answered " + answer.statusCode() + " with something that is not"
                    + " JSON");
        }
        if (answer.statusCode() != 200) {
            throw new CheckFailure(body.path("message").asText("the server answered " + answer.statusCode())
                    + " (HTTP " + answer.statusCode() + ")");
        }
        return body;
    }
}
