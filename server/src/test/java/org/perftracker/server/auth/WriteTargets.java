package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;

/**
 * What the permission matrix's writes act on, made by the admin (a token) before each request, and the requests
 * themselves (JSON, forms).
 */
final class WriteTargets {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RunningServer server;
    private final String adminToken;
    private final AtomicInteger serial = new AtomicInteger();

    WriteTargets(RunningServer server, String adminToken) {
        this.server = server;
        this.adminToken = adminToken;
    }

    RunningServer server() {
        return server;
    }

    /** @return a number not returned before, for names that must be new */
    int next() {
        return serial.incrementAndGet();
    }

    // ---------------------------------------------------------------- jobs, artifacts, comparisons

    JobUpload job() {
        return Fixtures.job().title("Job " + next()).test("t", 1, 2).build();
    }

    long aJob() {
        return upload(job());
    }

    UUID anArtifact() {
        UUID uuid = UUID.randomUUID();
        asAdmin(Forms.multipart(server, "/api/v1.0/0/artifact/" + uuid, "file", "a.txt", "x".getBytes(), Map.of()));
        return uuid;
    }

    long aComparison() {
        return asAdmin(json("POST", "/api/v1.0/1/comparison/", "{\"jobs\": [" + aJob() + "]}")).json().get("id")
                .asLong();
    }

    // ---------------------------------------------------------------- the lab, the server's configuration

    String aHost() {
        String name = "perf-" + next();
        asAdmin(json("POST", "/api/v1.0/0/hw_farm/", "{\"name\": \"" + name + "\"}"));
        return name;
    }

    long hostId(String name) {
        return server.server().database().read(h -> h.createQuery("SELECT id FROM host WHERE name = :n")
                .bind("n", name).mapTo(Long.class).one());
    }

    long aLock() {
        return asAdmin(json("POST", "/api/v1.0/0/hw_lock/", "{\"title\": \"Held\", \"planned_dur_hrs\": 2,"
                + " \"hw_nodes\": [\"" + aHost() + "\"]}")).json().get("id").asLong();
    }

    long aLockType() {
        return asAdmin(json("POST", "/api/v1.0/0/lock_type/", "{\"name\": \"Type " + next() + "\"}")).json()
                .get("id").asLong();
    }

    // ---------------------------------------------------------------- people and their keys

    long aUser() {
        return server.server().users().create(Actor.SYSTEM, "target" + next(), "0123456789ab", Role.VIEWER).id();
    }

    long userId(String name) {
        return server.server().users().byName(name).orElseThrow().id();
    }

    long aToken() {
        return server.server().tokens().create(Actor.SYSTEM, userId("viewer"), "target", Role.VIEWER,
                Optional.empty(), Optional.empty()).token().id();
    }

    // ---------------------------------------------------------------- requests

    HttpRequest.Builder json(String method, String path, String body) {
        return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    HttpRequest.Builder delete(String path) {
        return HttpRequest.newBuilder(server.uri(path)).DELETE();
    }

    HttpRequest.Builder form(String path, Map<String, String> fields) {
        return Forms.urlEncoded(server, path, fields);
    }

    static HttpRequest.BodyPublisher body(JobUpload job) {
        return HttpRequest.BodyPublishers.ofByteArray(bytes(job));
    }

    static byte[] bytes(JobUpload job) {
        return new UploadWriter(MAPPER).toBytes(job);
    }

    private long upload(JobUpload job) {
        return asAdmin(HttpRequest.newBuilder(server.uri("/api/v1.0/1/job/")).POST(body(job))).json().get("id")
                .asLong();
    }

    /** Sends as the admin; an API write answers 2xx. */
    private RunningServer.Answer asAdmin(HttpRequest.Builder request) {
        RunningServer.Answer answer = server.send(request.header("Authorization", "Bearer " + adminToken));
        assertThat(answer.status()).as(answer.body()).isLessThan(300);
        return answer;
    }
}
