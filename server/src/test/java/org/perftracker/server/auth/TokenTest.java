package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.MutableClock;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;
import org.perftracker.server.web.ApiException;

/** API tokens: made on the admin page and shown once, stored hashed, limited to a project, used, revoked. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class TokenTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SHOWN = Pattern.compile(
            "<code class=\"token-value\" data-token>(pt_[A-Za-z0-9_-]+)</code>");

    @Parameter
    TestDatabase database;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T08:00:00Z"));

    private RunningServer start() {
        return RunningServer.start(database.create(), c -> c.withAuth(c.auth()
                .withAnonymousWrites(AuthSettings.AnonymousWrites.NEVER).withAdminPassword("the admin's secret")),
                clock);
    }

    @Test
    void a_token_made_on_the_admin_page_is_shown_once_stored_hashed_and_its_last_use_kept_to_the_minute() {
        try (RunningServer server = start()) {
            Accounts.Session admin = Accounts.signIn(server, "admin", "the admin's secret");
            RunningServer.Answer made = server.send(admin.form(server, "/admin/tokens",
                    Map.of("name", "nightly-ci", "role", "uploader", "project", "1", "expires_days", "90")));
            assertThat(made.status()).isEqualTo(201);
            Matcher m = SHOWN.matcher(made.body());
            assertThat(m.find()).isTrue();
            String token = m.group(1);
            assertThat(token).hasSizeGreaterThanOrEqualTo(3 + 27); // at least 160 bits in Base64

            String list = server.send(HttpRequest.newBuilder(server.uri("/admin/tokens")).header("Cookie",
                    admin.cookie())).body();
            assertThat(list).contains("nightly-ci", token.substring(0, 7) + "…").doesNotContain(token);
            assertThat(server.snapshot().get("api_token").toString()).doesNotContain(token)
                    .contains(Secrets.sha256(token));

            assertThat(upload(server, token, "Default project").status()).isEqualTo(200);
            long firstUse = lastUsed(server);
            clock.advance(Duration.ofSeconds(30));
            assertThat(upload(server, token, "Default project").status()).isEqualTo(200);
            assertThat(lastUsed(server)).as("not written again within a minute").isEqualTo(firstUse);
            clock.advance(Duration.ofSeconds(31));
            assertThat(server.getJson("/api/v1.0/1/job/").get("recordsTotal").asInt()).isEqualTo(2);
            assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/1/job/"))
                    .header("Authorization", "Bearer " + token)).status()).isEqualTo(200);
            assertThat(lastUsed(server)).isEqualTo(clock.millis());

            long id = server.server().tokens().all().get(0).id();
            assertThat(server.send(admin.form(server, "/admin/tokens/" + id + "/revoke", Map.of())).status())
                    .isEqualTo(303);
            assertThat(upload(server, token, "Default project").status()).isEqualTo(401);
        }
    }

    @Test
    void an_admin_token_makes_lists_and_revokes_tokens_through_the_api() {
        try (RunningServer server = start()) {
            String admin = Accounts.token(server, server.server().users().byName("admin").orElseThrow(), Role.ADMIN);
            RunningServer.Answer made = server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/admin/tokens"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"nightly\", \"role\": \"uploader\","
                            + " \"project_id\": 1, \"expires_days\": 30}")));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            String token = made.json().get("token").asText();
            assertThat(made.json().get("details").get("project_id").asLong()).isEqualTo(1);
            assertThat(made.json().get("details").get("state").asText()).isEqualTo("active");
            assertThat(upload(server, token, "Default project").status()).isEqualTo(200);

            RunningServer.Answer list = server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/admin/tokens"))
                    .header("Authorization", "Bearer " + admin));
            assertThat(list.body()).contains("\"name\":\"nightly\"", "\"last_used\":\"").doesNotContain(token);
            assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/admin/tokens"))
                    .header("Authorization", "Bearer " + token)).status()).as("an uploader lists no tokens")
                    .isEqualTo(403);
            assertThat(server.get("/api/v1.0/admin/tokens").status()).isEqualTo(401);

            long id = made.json().get("details").get("id").asLong();
            assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/admin/tokens/" + id))
                    .header("Authorization", "Bearer " + admin).DELETE()).status()).isEqualTo(200);
            assertThat(upload(server, token, "Default project").status()).isEqualTo(401);
        }
    }

    @Test
    void a_project_token_changes_its_project_only_and_a_refused_upload_stores_nothing() {
        try (RunningServer server = start()) {
            var admin = server.server().users().byName("admin").orElseThrow();
            long other = server.server().database().write(h -> h.createUpdate(
                    "INSERT INTO project (name, description) VALUES ('Other', '')")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
            String scoped = Accounts.token(server, admin, Role.EDITOR, Optional.of(1L), Optional.empty());
            String everywhere = Accounts.token(server, admin, Role.EDITOR);

            assertThat(upload(server, scoped, "Default project").status()).isEqualTo(200);
            var before = server.snapshot();
            RunningServer.Answer refused = upload(server, scoped, "Other");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).contains("may change project 1 only");
            assertThat(server.snapshot()).isEqualTo(before);

            long otherJob = upload(server, everywhere, "Other").json().get("id").asLong();
            RunningServer.Answer delete = server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/0/job/" + otherJob))
                    .header("Authorization", "Bearer " + scoped).DELETE());
            assertThat(delete.status()).isEqualTo(403);
            assertThat(server.getJson("/api/v1.0/0/job/" + otherJob).get("deleted").asBoolean()).isFalse();
            assertThat(other).isPositive();
        }
    }

    @Test
    void a_token_does_no_more_than_its_owner_and_stops_when_the_owner_is_disabled() {
        try (RunningServer server = start()) {
            var viewer = Accounts.user(server, "vic", Role.VIEWER);
            assertThatThrownBy(() -> Accounts.token(server, viewer, Role.UPLOADER)).isInstanceOf(ApiException.class)
                    .hasMessageContaining("cannot do more than its owner");
            var uploader = Accounts.user(server, "ula", Role.UPLOADER);
            String token = Accounts.token(server, uploader, Role.UPLOADER);
            assertThat(upload(server, token, "Default project").status()).isEqualTo(200);
            server.server().users().setRole(Actor.SYSTEM, uploader.id(), Role.VIEWER);
            assertThat(upload(server, token, "Default project").status()).as("the owner is a viewer now")
                    .isEqualTo(403);
            server.server().users().setDisabled(Actor.SYSTEM, uploader.id(), true);
            assertThat(upload(server, token, "Default project").status()).isEqualTo(401);
        }
    }

    private static RunningServer.Answer upload(RunningServer server, String token, String project) {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/1/job/"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new UploadWriter(MAPPER).toBytes(
                        Fixtures.job().project(project).title("By token").test("t", 1).build()))));
    }

    private static long lastUsed(RunningServer server) {
        return server.server().tokens().all().get(0).lastUsedMs().orElseThrow();
    }
}
