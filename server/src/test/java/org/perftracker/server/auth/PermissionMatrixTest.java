package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.MutableClock;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * Every write route of the API and every form, sent by each kind of caller: allowed or refused as the model says,
 * and a refused request changes nothing that is stored (every row of every table, every stored file).
 *
 * <p>The full matrix runs with anonymous writes refused everywhere, which is what a client on another machine
 * meets under the default policy (the tests cannot send from a remote address: AccessPolicyTest covers the
 * address itself). A second run shows anonymous writes from loopback under the default policy.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PermissionMatrixTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Parameter
    TestDatabase database;

    /** Who sends: nobody, a token of each role, a revoked and an expired token. */
    enum Caller { ANONYMOUS, VIEWER, UPLOADER, EDITOR, ADMIN, REVOKED, EXPIRED }

    /** One write: what it needs, and how to make the request (which may first set up what it acts on). */
    record Case(String name, Access needs, Supplier<HttpRequest.Builder> request) {
    }

    private RunningServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final Map<Caller, String> tokens = new LinkedHashMap<>();
    private final AtomicInteger serial = new AtomicInteger();
    private String adminToken;

    @Test
    void with_writes_needing_a_token_everywhere_each_caller_gets_what_its_role_allows_and_refusals_change_nothing() {
        start(AuthSettings.AnonymousWrites.NEVER);
        try {
            List<String> problems = new ArrayList<>();
            for (Case c : cases()) {
                for (Caller caller : Caller.values()) {
                    check(c, caller, allowedWithoutAnonymousWrites(caller, c.needs()), problems);
                }
            }
            assertThat(problems).isEmpty();
        } finally {
            server.close();
        }
    }

    @Test
    void by_default_anonymous_writes_from_loopback_are_allowed_but_accounts_are_not() {
        start(AuthSettings.AnonymousWrites.LOOPBACK);
        try {
            List<String> problems = new ArrayList<>();
            for (Case c : cases()) {
                check(c, Caller.ANONYMOUS, c.needs() != Access.ACCOUNTS, problems);
                check(c, Caller.REVOKED, false, problems);
            }
            assertThat(problems).isEmpty();
        } finally {
            server.close();
        }
    }

    private static boolean allowedWithoutAnonymousWrites(Caller caller, Access needs) {
        return switch (caller) {
            case ANONYMOUS, REVOKED, EXPIRED -> false;
            case VIEWER -> Role.VIEWER.includes(needs.role());
            case UPLOADER -> Role.UPLOADER.includes(needs.role());
            case EDITOR -> Role.EDITOR.includes(needs.role());
            case ADMIN -> true;
        };
    }

    private void start(AuthSettings.AnonymousWrites writes) {
        server = RunningServer.start(database.create(), c -> c.withAuth(c.auth().withAnonymousWrites(writes)), clock);
        var admin = server.server().users().byName("admin").orElseThrow();
        adminToken = Accounts.token(server, admin, Role.ADMIN);
        tokens.put(Caller.ADMIN, adminToken);
        for (Role role : List.of(Role.VIEWER, Role.UPLOADER, Role.EDITOR)) {
            tokens.put(Caller.valueOf(role.name()), Accounts.token(server, Accounts.user(server, role.word(), role),
                    role));
        }
        String revoked = Accounts.token(server, admin, Role.ADMIN);
        long revokedId = server.server().tokens().all().get(0).id();
        server.server().tokens().revoke(org.perftracker.server.audit.Actor.SYSTEM, revokedId);
        tokens.put(Caller.REVOKED, revoked);
        tokens.put(Caller.EXPIRED, Accounts.token(server, admin, Role.ADMIN, Optional.empty(), Optional.of(1)));
        clock.advance(Duration.ofDays(2));
    }

    private void check(Case c, Caller caller, boolean allowed, List<String> problems) {
        HttpRequest.Builder request = c.request().get();
        if (caller != Caller.ANONYMOUS) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        Map<String, List<String>> before = server.snapshot();
        RunningServer.Answer answer = server.send(request);
        String where = c.name() + " by " + caller + " answered " + answer.status();
        if (allowed) {
            if (answer.status() >= 400) {
                problems.add(where + ", expected it to be allowed: " + answer.body());
            }
            return;
        }
        boolean toSignIn = answer.status() == 303 && answer.headers().firstValue("Location").orElse("")
                .startsWith("/signin");
        int expected = caller == Caller.ANONYMOUS || caller == Caller.REVOKED || caller == Caller.EXPIRED ? 401
                : 403;
        if (!(answer.status() == expected || expected == 401 && toSignIn && !c.name().contains("/api/"))) {
            problems.add(where + ", expected " + expected + (expected == 401 ? " (or, for a page, the sign-in page)"
                    : ""));
        }
        if (expected == 401 && c.name().contains("/api/")
                && answer.headers().firstValue("WWW-Authenticate").isEmpty()) {
            problems.add(where + " without WWW-Authenticate");
        }
        if (!server.snapshot().equals(before)) {
            problems.add(where + " and changed what is stored");
        }
    }

    // ---------------------------------------------------------------- the writes

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("POST /api/v1.0/1/job/ (upload)", Access.UPLOAD, () ->
                HttpRequest.newBuilder(server.uri("/api/v1.0/1/job/")).POST(body(job()))));
        cases.add(new Case("PUT /api/v1.0/1/job/<id>", Access.EDIT, () -> json("PUT", "/api/v1.0/1/job/" + aJob(),
                "{\"job_title\": \"Edited\"}")));
        cases.add(new Case("PATCH /api/v1.0/1/job/<id>", Access.EDIT, () -> json("PATCH", "/api/v1.0/1/job/" + aJob(),
                "{\"deleted\": true}")));
        cases.add(new Case("DELETE /api/v1.0/1/job/<id>", Access.EDIT, () ->
                HttpRequest.newBuilder(server.uri("/api/v1.0/1/job/" + aJob())).DELETE()));
        cases.add(new Case("POST /api/v1.0/0/artifact/<uuid> (upload)", Access.UPLOAD, () ->
                Forms.multipart(server, "/api/v1.0/0/artifact/" + UUID.randomUUID(), "file", "log.txt",
                        "hello".getBytes(), Map.of("description", "a log"))));
        cases.add(new Case("POST /api/v1.0/0/artifact/<uuid> (link)", Access.UPLOAD, () ->
                Forms.urlEncoded(server, "/api/v1.0/0/artifact/" + anArtifact(), Map.of("description", "changed"))));
        cases.add(new Case("PATCH /api/v1.0/0/artifact/<uuid>", Access.UPLOAD, () ->
                json("PATCH", "/api/v1.0/0/artifact/" + anArtifact(), "{\"description\": \"patched\"}")));
        cases.add(new Case("DELETE /api/v1.0/0/artifact/<uuid>", Access.EDIT, () ->
                HttpRequest.newBuilder(server.uri("/api/v1.0/0/artifact/" + anArtifact())).DELETE()));
        cases.add(new Case("POST /api/v1.0/1/comparison/", Access.UPLOAD, () -> json("POST", "/api/v1.0/1/comparison/",
                "{\"jobs\": [" + aJob() + ", " + aJob() + "]}")));
        cases.add(new Case("PUT /api/v1.0/1/comparison/<id>", Access.EDIT, () -> json("PUT",
                "/api/v1.0/1/comparison/" + aComparison(), "{\"title\": \"Renamed\", \"jobs\": [" + aJob() + "]}")));
        cases.add(new Case("DELETE /api/v1.0/1/comparison/<id>", Access.EDIT, () ->
                HttpRequest.newBuilder(server.uri("/api/v1.0/1/comparison/" + aComparison())).DELETE()));
        cases.add(new Case("POST /api/v1.0/0/hw_lock/", Access.UPLOAD, () -> json("POST", "/api/v1.0/0/hw_lock/",
                "{\"title\": \"Run\", \"planned_dur_hrs\": 2, \"hw_nodes\": [\"" + aHost() + "\"]}")));
        cases.add(new Case("PUT /api/v1.0/0/hw_lock/<id>", Access.UPLOAD, () -> json("PUT",
                "/api/v1.0/0/hw_lock/" + aLock(), "{\"title\": \"Longer run\", \"planned_dur_hrs\": 3}")));
        cases.add(new Case("DELETE /api/v1.0/0/hw_lock/<id>", Access.UPLOAD, () ->
                HttpRequest.newBuilder(server.uri("/api/v1.0/0/hw_lock/" + aLock())).DELETE()));
        cases.add(new Case("POST /api/v1.0/0/hw_farm/", Access.ADMIN, () -> json("POST", "/api/v1.0/0/hw_farm/",
                "{\"name\": \"new-" + serial.incrementAndGet() + "\"}")));
        cases.add(new Case("PUT /api/v1.0/0/hw_farm/<id>", Access.ADMIN, () -> json("PUT",
                "/api/v1.0/0/hw_farm/" + hostId(aHost()), "{\"os\": \"Debian 13\"}")));
        cases.add(new Case("POST /api/v1.0/0/lock_type/", Access.ADMIN, () -> json("POST", "/api/v1.0/0/lock_type/",
                "{\"name\": \"Type " + serial.incrementAndGet() + "\"}")));
        cases.add(new Case("PUT /api/v1.0/0/lock_type/<id>", Access.ADMIN, () -> json("PUT",
                "/api/v1.0/0/lock_type/" + aLockType(), "{\"bg_color\": \"#112233\"}")));
        cases.add(new Case("POST /1/hw_lock/ (lock form)", Access.UPLOAD, () -> Forms.urlEncoded(server,
                "/1/hw_lock/", Map.of("title", "From the page", "hours", "2", "host", String.valueOf(hostId(aHost()))))));
        cases.add(new Case("POST /1/hw_lock/<id>/extend", Access.UPLOAD, () -> Forms.urlEncoded(server,
                "/1/hw_lock/" + aLock() + "/extend", Map.of("hours", "2"))));
        cases.add(new Case("POST /1/hw_lock/<id>/release", Access.UPLOAD, () -> Forms.urlEncoded(server,
                "/1/hw_lock/" + aLock() + "/release", Map.of())));
        cases.add(new Case("POST /admin/hosts", Access.ACCOUNTS, () -> Forms.urlEncoded(server, "/admin/hosts",
                Map.of("name", "page-" + serial.incrementAndGet()))));
        cases.add(new Case("POST /admin/hosts/<id>", Access.ACCOUNTS, () -> Forms.urlEncoded(server,
                "/admin/hosts/" + hostId(aHost()), Map.of("os", "Debian 13"))));
        cases.add(new Case("POST /admin/hosts/<id>/hide", Access.ACCOUNTS, () -> Forms.urlEncoded(server,
                "/admin/hosts/" + hostId(aHost()) + "/hide", Map.of())));
        cases.add(new Case("POST /admin/lock-types", Access.ACCOUNTS, () -> Forms.urlEncoded(server,
                "/admin/lock-types", Map.of("name", "Page type " + serial.incrementAndGet()))));
        cases.add(new Case("POST /admin/lock-types/<id>", Access.ACCOUNTS, () -> Forms.urlEncoded(server,
                "/admin/lock-types/" + aLockType(), Map.of("bg_color", "#445566"))));
        cases.add(new Case("POST /api/v1.0/admin/tokens", Access.ACCOUNTS, () -> json("POST",
                "/api/v1.0/admin/tokens", "{\"name\": \"made by the API\", \"role\": \"viewer\"}")));
        cases.add(new Case("DELETE /api/v1.0/admin/tokens/<id>", Access.ACCOUNTS, () ->
                HttpRequest.newBuilder(server.uri("/api/v1.0/admin/tokens/" + aToken())).DELETE()));
        cases.add(new Case("POST /1/job/ (upload form)", Access.UPLOAD, () -> Forms.multipart(server, "/1/job/",
                "job_file", "job.json", new UploadWriter(MAPPER).toBytes(job()),
                Map.of("job_title", "From the form"))));
        cases.add(new Case("POST /1/job/<id>/edit", Access.EDIT, () -> Forms.urlEncoded(server,
                "/1/job/" + aJob() + "/edit", Map.of("title", "Edited on the page"))));
        cases.add(new Case("POST /1/job/<id>/delete", Access.EDIT, () -> Forms.urlEncoded(server,
                "/1/job/" + aJob() + "/delete", Map.of())));
        cases.add(new Case("POST /1/job/<id>/undelete", Access.EDIT, () -> Forms.urlEncoded(server,
                "/1/job/" + aJob() + "/undelete", Map.of())));
        cases.add(new Case("POST /admin/users", Access.ACCOUNTS, () -> Forms.urlEncoded(server, "/admin/users",
                Map.of("username", "new" + serial.incrementAndGet(), "password", "0123456789ab", "role", "viewer"))));
        cases.add(new Case("POST /admin/users/<id>/role", Access.ACCOUNTS, () -> Forms.urlEncoded(server,
                "/admin/users/" + userId("viewer") + "/role", Map.of("role", "viewer"))));
        cases.add(new Case("POST /admin/users/<id>/disable", Access.ACCOUNTS, () -> Forms.urlEncoded(server,
                "/admin/users/" + aUser() + "/disable", Map.of())));
        cases.add(new Case("POST /admin/users/<id>/enable", Access.ACCOUNTS, () -> Forms.urlEncoded(server,
                "/admin/users/" + aUser() + "/enable", Map.of())));
        cases.add(new Case("POST /admin/users/<id>/password", Access.ACCOUNTS, () -> Forms.urlEncoded(server,
                "/admin/users/" + aUser() + "/password", Map.of("password", "another long one"))));
        cases.add(new Case("POST /admin/tokens", Access.ACCOUNTS, () -> Forms.urlEncoded(server, "/admin/tokens",
                Map.of("name", "made", "role", "viewer"))));
        cases.add(new Case("POST /admin/tokens/<id>/revoke", Access.ACCOUNTS, () -> Forms.urlEncoded(server,
                "/admin/tokens/" + aToken() + "/revoke", Map.of())));
        cases.add(new Case("POST /admin/projects", Access.ACCOUNTS, () -> Forms.urlEncoded(server, "/admin/projects",
                Map.of("name", "Project " + serial.incrementAndGet()))));
        cases.add(new Case("POST /admin/projects/<id>", Access.ACCOUNTS, () -> Forms.urlEncoded(server,
                "/admin/projects/1", Map.of("name", "Default project", "order", "50", "visible", "1"))));
        return cases;
    }

    // ---------------------------------------------------------------- what the writes act on, made by the admin

    private org.perftracker.core.upload.JobUpload job() {
        return Fixtures.job().title("Job " + serial.incrementAndGet()).test("t", 1, 2).build();
    }

    private long aJob() {
        return asAdmin(HttpRequest.newBuilder(server.uri("/api/v1.0/1/job/")).POST(body(job()))).json().get("id")
                .asLong();
    }

    private UUID anArtifact() {
        UUID uuid = UUID.randomUUID();
        asAdmin(Forms.multipart(server, "/api/v1.0/0/artifact/" + uuid, "file", "a.txt", "x".getBytes(), Map.of()));
        return uuid;
    }

    private long aComparison() {
        return asAdmin(json("POST", "/api/v1.0/1/comparison/", "{\"jobs\": [" + aJob() + "]}")).json().get("id")
                .asLong();
    }

    private String aHost() {
        String name = "perf-" + serial.incrementAndGet();
        asAdmin(json("POST", "/api/v1.0/0/hw_farm/", "{\"name\": \"" + name + "\"}"));
        return name;
    }

    private long hostId(String name) {
        return server.server().database().read(h -> h.createQuery("SELECT id FROM host WHERE name = :n")
                .bind("n", name).mapTo(Long.class).one());
    }

    private long aLock() {
        return asAdmin(json("POST", "/api/v1.0/0/hw_lock/", "{\"title\": \"Held\", \"planned_dur_hrs\": 2,"
                + " \"hw_nodes\": [\"" + aHost() + "\"]}")).json().get("id").asLong();
    }

    private long aLockType() {
        return asAdmin(json("POST", "/api/v1.0/0/lock_type/", "{\"name\": \"Type " + serial.incrementAndGet()
                + "\"}")).json().get("id").asLong();
    }

    private long aUser() {
        return server.server().users().create(org.perftracker.server.audit.Actor.SYSTEM,
                "target" + serial.incrementAndGet(), "0123456789ab", Role.VIEWER).id();
    }

    private long userId(String name) {
        return server.server().users().byName(name).orElseThrow().id();
    }

    private long aToken() {
        return server.server().tokens().create(org.perftracker.server.audit.Actor.SYSTEM, userId("viewer"), "target",
                Role.VIEWER, Optional.empty(), Optional.empty()).token().id();
    }

    private RunningServer.Answer asAdmin(HttpRequest.Builder request) {
        RunningServer.Answer answer = server.send(request.header("Authorization", "Bearer " + adminToken));
        assertThat(answer.status()).as(answer.body()).isLessThan(300);
        return answer;
    }

    private HttpRequest.Builder json(String method, String path, String body) {
        return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.BodyPublisher body(org.perftracker.core.upload.JobUpload job) {
        return HttpRequest.BodyPublishers.ofByteArray(new UploadWriter(MAPPER).toBytes(job));
    }
}
