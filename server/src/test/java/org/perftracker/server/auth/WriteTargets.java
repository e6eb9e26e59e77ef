package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.regression.Nightly;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Await;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;

/**
 * What the permission matrix's writes act on, made by the admin (a token) before each request: a new one each
 * time where a write uses it up (a job to delete, a lock to release), the same one where it does not (the alert to
 * triage, the regression to rename), and the requests themselves (JSON, forms).
 */
final class WriteTargets {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String STEP_TAG = "matrix-step";
    private static final String LINK_TAG = "matrix-links";
    /** A user who signs in through the sign-in form and the API's auth route, with {@link Accounts#PASSWORD}. */
    static final String MEMBER = "member";

    private final RunningServer server;
    private final String adminToken;
    private final AtomicInteger serial = new AtomicInteger();
    private long stepRegression;
    private long alert;
    private long linkRegression;
    private long linkJob;

    private WriteTargets(RunningServer server, String adminToken) {
        this.server = server;
        this.adminToken = adminToken;
    }

    /**
     * Also makes the regressions, before any webhook exists so that none is told of their alerts: one with an alert
     * (20 nightly builds, login latency 20% worse from build 12) and a small one whose job the matrix excludes and
     * includes again; waits until both are analysed.
     */
    static WriteTargets make(RunningServer server, String adminToken) {
        WriteTargets t = new WriteTargets(server, adminToken);
        Accounts.user(server, MEMBER, Role.VIEWER);
        long stepJob = 0;
        for (int n = 1; n <= 20; n++) {
            stepJob = t.upload(Nightly.stepAt(STEP_TAG, n, 12));
        }
        for (int n = 1; n <= 3; n++) {
            t.linkJob = t.upload(Nightly.build(LINK_TAG, n, 100, 500));
        }
        t.awaitAnalysis();
        t.stepRegression = t.regressionOf(stepJob);
        t.linkRegression = t.regressionOf(t.linkJob);
        t.alert = server.getJson("/api/v1.0/1/alert/?regression=" + t.stepRegression).get("data").get(0).get("id")
                .asLong();
        return t;
    }

    RunningServer server() {
        return server;
    }

    /** @return a number not returned before, for names that must be new */
    int next() {
        return serial.incrementAndGet();
    }

    /**
     * Waits until the analysis that earlier writes queued (a job excluded from a regression or included again) is
     * done, so that what is stored changes only by the next request.
     */
    void awaitAnalysis() {
        Await.until(Duration.ofSeconds(60), "the analysis of the regressions", () -> server.server().database()
                .read(h -> h.createQuery("SELECT COUNT(*) FROM regression_queue").mapTo(Long.class).one()) == 0);
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

    long aDeletedComparison() {
        long id = aComparison();
        asAdmin(delete("/api/v1.0/1/comparison/" + id));
        return id;
    }

    // ---------------------------------------------------------------- regressions and alerts

    /** @return the regression with an alert; renaming it changes nothing else */
    long regression() {
        return stepRegression;
    }

    /** @return its alert, triaged with a new note each time so that no state change is refused */
    long alert() {
        return alert;
    }

    /** @return the form path that includes or excludes the small regression's job */
    String linkPath() {
        return "/1/regression/" + linkRegression + "/job/" + linkJob + "/link";
    }

    /** @return the form's {@code link} value that changes the job: false while it is included, true after */
    String linkChange() {
        boolean linked = server.server().database().read(h -> h.createQuery(
                "SELECT regression_linked FROM job WHERE id = :id").bind("id", linkJob).mapTo(Boolean.class).one());
        return String.valueOf(!linked);
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

    long aHiddenHost() {
        long id = hostId(aHost());
        asAdmin(form("/admin/hosts/" + id + "/hide", Map.of()));
        return id;
    }

    long aLock() {
        return asAdmin(json("POST", "/api/v1.0/0/hw_lock/", "{\"title\": \"Held\", \"planned_dur_hrs\": 2,"
                + " \"hw_nodes\": [\"" + aHost() + "\"]}")).json().get("id").asLong();
    }

    long aLockType() {
        return asAdmin(json("POST", "/api/v1.0/0/lock_type/", "{\"name\": \"Type " + next() + "\"}")).json()
                .get("id").asLong();
    }

    /** A webhook of project 1; it asks for regressions only, and none is found while the matrix runs. */
    long aWebhook() {
        return asAdmin(json("POST", "/api/v1.0/1/webhook/", "{\"url\": \"http://127.0.0.1:9/hook-" + next()
                + "\"}")).json().get("id").asLong();
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

    private long regressionOf(long jobId) {
        return server.server().database().read(h -> h.createQuery("SELECT regression_id FROM job WHERE id = :id")
                .bind("id", jobId).mapTo(Long.class).one());
    }

    /** Sends as the admin; an API write answers 2xx, a form 303. */
    private RunningServer.Answer asAdmin(HttpRequest.Builder request) {
        RunningServer.Answer answer = server.send(request.header("Authorization", "Bearer " + adminToken));
        assertThat(answer.status()).as(answer.body()).isLessThan(400);
        return answer;
    }
}
