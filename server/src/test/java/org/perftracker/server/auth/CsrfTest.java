package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * Writes a browser sends need the page's CSRF token, in the form's hidden field or the X-CSRF-Token header; a
 * request without it is refused and changes nothing. Clients that no browser drives (no cookie, no Origin) and
 * Bearer tokens need none.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class CsrfTest {
    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private static Accounts.Session editor;
    private static long job;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db.create(), c -> c.withAuth(c.auth()
                .withAnonymousWrites(AuthSettings.AnonymousWrites.NEVER)));
        Accounts.user(server, "erin", Role.EDITOR);
        editor = Accounts.signIn(server, "erin", Accounts.PASSWORD);
        String token = Accounts.token(server, server.server().users().byName("erin").orElseThrow(), Role.EDITOR);
        job = Accounts.upload(server, token, Fixtures.job().title("To edit").test("t", 1).build()).json().get("id")
                .asLong();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    @Test
    void a_real_form_post_without_the_hidden_field_is_refused_and_changes_nothing() {
        var before = server.snapshot();
        RunningServer.Answer answer = server.send(Forms.urlEncoded(server, "/1/job/" + job + "/edit",
                        Map.of("title", "Forged"))
                .header("Cookie", editor.cookie()).header("Origin", "https://evil.example"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("CSRF token");
        assertThat(server.snapshot()).isEqualTo(before);

        RunningServer.Answer wrong = server.send(Forms.urlEncoded(server, "/1/job/" + job + "/edit",
                Map.of("csrf_token", "not-the-token-of-this-session", "title", "Forged")).header("Cookie",
                editor.cookie()));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(server.snapshot()).isEqualTo(before);
    }

    @Test
    void the_same_form_with_its_hidden_field_goes_through() {
        RunningServer.Answer answer = server.send(editor.form(server, "/1/job/" + job + "/edit",
                Map.of("title", "Edited by Erin")));
        assertThat(answer.status()).isEqualTo(303);
        assertThat(server.getJson("/api/v1.0/1/job/" + job).get("title").asText()).isEqualTo("Edited by Erin");
    }

    @Test
    void every_form_of_a_page_carries_the_token_of_the_session() {
        String page = server.send(HttpRequest.newBuilder(server.uri("/1/job/" + job)).header("Cookie",
                editor.cookie())).body();
        assertThat(page).contains("<meta name=\"csrf-token\" content=\"" + editor.csrf() + "\">");
        int forms = page.split("method=\"post\"", -1).length - 1;
        int fields = page.split("name=\"csrf_token\" value=\"" + editor.csrf() + "\"", -1).length - 1;
        assertThat(forms).isGreaterThanOrEqualTo(2);
        assertThat(fields).isEqualTo(forms);
    }

    @Test
    void a_script_sends_the_token_in_a_header_and_without_it_is_refused() {
        String path = "/api/v1.0/1/job/" + job;
        RunningServer.Answer without = server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Cookie", editor.cookie()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"deleted\": true}")));
        assertThat(without.status()).isEqualTo(403);
        RunningServer.Answer with = server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Cookie", editor.cookie()).header("X-CSRF-Token", editor.csrf())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"deleted\": false}")));
        assertThat(with.status()).isEqualTo(200);
    }

    @Test
    void a_bearer_token_needs_no_csrf_token_but_basic_from_a_browser_does() {
        String token = Accounts.token(server, server.server().users().byName("erin").orElseThrow(), Role.EDITOR);
        RunningServer.Answer bearer = server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/1/job/" + job))
                .header("Authorization", "Bearer " + token).header("Origin", "https://evil.example")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"job_title\": \"By a script\"}")));
        assertThat(bearer.status()).as("a browser never sends a Bearer header by itself").isEqualTo(200);

        var before = server.snapshot();
        RunningServer.Answer basic = server.send(HttpRequest.newBuilder(server.uri("/1/job/" + job + "/delete"))
                .header("Authorization", Accounts.basic("erin", token)).header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")));
        assertThat(basic.status()).as("a browser may remember Basic credentials").isEqualTo(403);
        assertThat(server.snapshot()).isEqualTo(before);
    }

    @Test
    void an_anonymous_browser_on_loopback_needs_the_token_of_its_cookie() {
        try (RunningServer laptop = RunningServer.start(TestDatabase.SQLITE)) {
            long id = laptop.upload(Fixtures.job().title("Laptop job").test("t", 1).build()).json().get("id")
                    .asLong();
            RunningServer.Answer forged = laptop.send(Forms.urlEncoded(laptop, "/1/job/" + id + "/delete", Map.of())
                    .header("Origin", "https://evil.example"));
            assertThat(forged.status()).as("another site cannot make the laptop's browser delete").isEqualTo(403);
            assertThat(laptop.getJson("/api/v1.0/1/job/" + id).get("deleted").asBoolean()).isFalse();

            RunningServer.Answer page = laptop.get("/1/job/" + id);
            RunningServer.Answer real = laptop.send(Forms.urlEncoded(laptop, "/1/job/" + id + "/delete",
                            Map.of("csrf_token", Accounts.csrf(page)))
                    .header("Cookie", Forms.cookie(page, "pt_csrf")).header("Origin", laptop.baseUrl()));
            assertThat(real.status()).isEqualTo(303);
            assertThat(laptop.getJson("/api/v1.0/1/job/" + id).get("deleted").asBoolean()).isTrue();
            assertThat(page.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("pt_csrf=")
                    && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
            assertThat(List.of(laptop.post("/api/v1.0/1/job/" + id, "{}").status()))
                    .as("perftrackerlib and curl: no cookie, no Origin, no CSRF token").doesNotContain(403);
        }
    }
}
