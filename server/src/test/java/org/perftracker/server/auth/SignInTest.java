package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** Signing in and out on the page and through the reference auth route; sessions, cookies, refusals, limits. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class SignInTest {
    @Parameter
    TestDatabase database;

    private static RunningServer server;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db.create(), c -> c.withAuth(c.auth().withAdminPassword("the admin's secret")));
        Accounts.user(server, "alice", Role.EDITOR);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    @Test
    void a_user_signs_in_on_the_page_sees_their_name_and_signs_out() {
        RunningServer.Answer form = server.get("/signin?next=%2F1%2Fjob%2F");
        assertThat(form.body()).contains("name=\"csrf_token\"", "value=\"/1/job/\"");
        RunningServer.Answer in = server.send(Forms.urlEncoded(server, "/signin", Map.of("csrf_token",
                        Accounts.csrf(form), "username", "alice", "password", Accounts.PASSWORD, "next", "/1/job/"))
                .header("Cookie", Forms.cookie(form, "pt_csrf")).header("Origin", server.baseUrl()));

        assertThat(in.status()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).contains("/1/job/");
        String setCookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pt_session="))
                .findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
        String cookie = Forms.cookie(in, "pt_session");
        RunningServer.Answer page = server.send(HttpRequest.newBuilder(server.uri("/1/job/")).header("Cookie", cookie));
        assertThat(page.body()).contains("class=\"user-name\" href=\"/account/\">alice</a>", ">Sign out</button>")
                .doesNotContain(">Sign in</a>");

        RunningServer.Answer out = server.send(Forms.urlEncoded(server, "/signout",
                Map.of("csrf_token", Accounts.csrf(page))).header("Cookie", cookie).header("Origin", server.baseUrl()));
        assertThat(out.status()).isEqualTo(303);
        RunningServer.Answer after = server.send(HttpRequest.newBuilder(server.uri("/account/")).header("Cookie",
                cookie));
        assertThat(after.status()).as("the session is gone from the database, not only from the browser")
                .isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).contains("/signin?next=%2Faccount%2F");
    }

    @Test
    void with_private_reads_pages_send_the_browser_to_sign_in_and_the_api_answers_401() {
        try (RunningServer closed = RunningServer.start(TestDatabase.SQLITE.create(), c -> c.withAuth(c.auth()
                .withReads(AuthSettings.Reads.SIGNED_IN)))) {
            closed.server().database().writeVoid(h -> h.createUpdate(
                    "INSERT INTO project (name, description) VALUES ('Secret project', '')").execute());
            RunningServer.Answer page = closed.get("/1/job/?q=a%20b");
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).contains("/signin?next=%2F1%2Fjob%2F%3Fq%3Da%2520b");
            RunningServer.Answer api = closed.get("/api/v1.0/1/job/");
            assertThat(api.status()).isEqualTo(401);
            assertThat(api.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"PerfTracker\"");
            RunningServer.Answer signIn = closed.get("/signin?next=%2F1%2Fjob%2F");
            assertThat(signIn.status()).isEqualTo(200);
            assertThat(signIn.body()).doesNotContain("Secret project");
            assertThat(closed.get("/static/pt.css").status()).isEqualTo(200);
            assertThat(closed.get("/api/health").status()).isEqualTo(200);
            assertThat(closed.upload(org.perftracker.core.upload.Fixtures.job().test("t", 1).build()).status())
                    .as("anonymous writes from loopback are a separate setting").isEqualTo(200);
        }
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_answer() {
        RunningServer.Answer wrong = signInForm("alice", "not the password");
        RunningServer.Answer nobody = signInForm("nobody-" + System.nanoTime(), "not the password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(nobody.status()).isEqualTo(401);
        assertThat(wrong.body()).contains(SignIn.REFUSED);
        assertThat(nobody.body()).contains(SignIn.REFUSED);
        assertThat(wrong.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("pt_session="));
    }

    @Test
    void after_five_failures_a_user_name_is_refused_even_with_the_right_password_and_others_are_not() {
        Accounts.user(server, "bob", Role.VIEWER);
        for (int i = 0; i < SigninThrottle.PER_USER; i++) {
            assertThat(signInForm("bob", "guess " + i).status()).isEqualTo(401);
        }
        RunningServer.Answer limited = signInForm("bob", Accounts.PASSWORD);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body()).contains("Too many failed sign-ins");
        RunningServer.Answer viaApi = server.postJson("/api/v1.0/auth", login("bob", Accounts.PASSWORD));
        assertThat(viaApi.status()).isEqualTo(429);
        assertThat(signInForm("Bob", Accounts.PASSWORD).status()).as("the name's case does not escape the limit")
                .isEqualTo(429);
        assertThat(signInForm("admin", "the admin's secret").status()).isEqualTo(303);
    }

    @Test
    void the_reference_auth_route_says_who_is_signed_in_and_logs_in_and_out() {
        assertThat(server.getJson("/api/v1.0/auth").toString())
                .isEqualTo("{\"is_authenticated\":false,\"username\":\"AnonymousUser\"}");
        RunningServer.Answer failed = server.postJson("/api/v1.0/auth", login("alice", "nope"));
        assertThat(failed.status()).isEqualTo(401);
        assertThat(failed.json().get("message").asText()).isEqualTo("Authentication failed");

        RunningServer.Answer in = server.postJson("/api/v1.0/auth", login("alice", Accounts.PASSWORD));
        assertThat(in.status()).isEqualTo(200);
        assertThat(in.json().get("is_authenticated").asBoolean()).isTrue();
        assertThat(in.json().get("username").asText()).isEqualTo("alice");
        String csrf = in.json().get("csrf_token").asText();
        String cookie = Forms.cookie(in, "pt_session");
        RunningServer.Answer state = server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/auth"))
                .header("Cookie", cookie));
        assertThat(state.json().get("username").asText()).isEqualTo("alice");

        assertThat(Accounts.csrf(server.send(HttpRequest.newBuilder(server.uri("/account/")).header("Cookie",
                cookie)))).as("the pages' token").isEqualTo(csrf);
        RunningServer.Answer without = server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/auth"))
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString("{\"action\": \"logout\"}")));
        assertThat(without.status()).as("a session's write without its token").isEqualTo(403);
        RunningServer.Answer out = server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/auth"))
                .header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\": \"logout\"}")));
        assertThat(out.json().toString()).isEqualTo("{\"is_authenticated\":false,\"username\":\"AnonymousUser\"}");
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/auth")).header("Cookie", cookie)).json()
                .get("is_authenticated").asBoolean()).isFalse();
        assertThat(server.post("/api/v1.0/auth", "{not json").status()).isEqualTo(400);
    }

    @Test
    void behind_a_trusted_proxy_that_speaks_https_the_session_cookie_is_secure() {
        try (RunningServer proxied = RunningServer.start(TestDatabase.SQLITE.create(), c -> c.withAuth(c.auth()
                .withAdminPassword("the admin's secret").withTrustedProxies(java.util.List.of("127.0.0.1"))))) {
            RunningServer.Answer in = proxied.send(HttpRequest.newBuilder(proxied.uri("/api/v1.0/auth"))
                    .header("X-Forwarded-For", "198.51.100.9").header("X-Forwarded-Proto", "https")
                    .POST(HttpRequest.BodyPublishers.ofString(login("admin", "the admin's secret"))));
            assertThat(in.status()).isEqualTo(200);
            assertThat(in.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("pt_session=")
                    && c.contains("; Secure"));
            RunningServer.Answer remoteUpload = proxied.post("/api/v1.0/1/job/", "{}");
            assertThat(proxied.send(HttpRequest.newBuilder(proxied.uri("/api/v1.0/1/job/"))
                    .header("X-Forwarded-For", "198.51.100.9")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))).status())
                    .as("the forwarded address is remote: anonymous writes need a token").isEqualTo(401);
            assertThat(remoteUpload.status()).as("loopback itself still uploads").isEqualTo(400);
        }
    }

    private static RunningServer.Answer signInForm(String name, String password) {
        return server.send(Forms.urlEncoded(server, "/signin", Map.of("username", name, "password", password)));
    }

    static String login(String name, String password) {
        Base64.Encoder b64 = Base64.getEncoder();
        return "{\"action\": \"login\", \"encoded_email\": \"" + b64.encodeToString(name.getBytes())
                + "\", \"encoded_password\": \"" + b64.encodeToString(password.getBytes()) + "\"}";
    }
}
