package org.perftracker.server.regression.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.auth.Role;
import org.perftracker.server.regression.Nightly;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Await;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;
import org.perftracker.server.testing.WebhookReceiver;

/**
 * The webhooks admin pages, on both databases: an admin adds a webhook through the form and sees its secret once,
 * sees what was delivered to it, deletes it; bad input comes back as a message on the page; others are refused.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WebhookAdminPagesTest {
    private static final Pattern SECRET = Pattern.compile("<code class=\"secret-value\" data-secret>([^<]*)</code>");

    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private static Accounts.Session admin;
    private static Accounts.Session viewer;
    private final WebhookReceiver receiver = new WebhookReceiver();

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db);
        Accounts.user(server, "ada", Role.ADMIN);
        Accounts.user(server, "vic", Role.VIEWER);
        admin = Accounts.signIn(server, "ada", Accounts.PASSWORD);
        viewer = Accounts.signIn(server, "vic", Accounts.PASSWORD);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    @AfterEach
    void deleteWebhooks() {
        server.getJson("/api/v1.0/0/webhook/").forEach(w -> server.delete("/api/v1.0/0/webhook/" + w.get("id")));
        receiver.close();
    }

    /** Posts the form as the browser does, fields in order; a name may repeat, as ticked checkboxes do. */
    private static RunningServer.Answer post(Accounts.Session who, String path, List<Map.Entry<String, String>> fields) {
        String body = Stream.concat(Stream.of(Map.entry("csrf_token", who.csrf())), fields.stream())
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
        return server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", who.cookie())
                .header("Origin", server.baseUrl()).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static RunningServer.Answer addWebhook(String url, String... events) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("project", "1"),
                Map.entry("url", url), Map.entry("secret", "")));
        for (String event : events) {
            fields.add(Map.entry("events", event));
        }
        return post(admin, "/admin/webhooks", fields);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** @return the flash cookie ({@code pt_flash=…}) a form's redirect set */
    private static String flashCookie(RunningServer.Answer redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(303);
        assertThat(redirect.headers().firstValue("Location")).contains("/admin/webhooks");
        String cookie = redirect.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pt_flash="))
                .findFirst().orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static String flash(RunningServer.Answer redirect) {
        return URLDecoder.decode(flashCookie(redirect).substring("pt_flash=".length()), StandardCharsets.UTF_8);
    }

    /** @return the page the browser loads after a form's redirect, showing the form's message */
    private static String pageAfter(RunningServer.Answer redirect) {
        return get(admin, "/admin/webhooks", flashCookie(redirect));
    }

    private static String get(Accounts.Session who, String path) {
        return get(who, path, "");
    }

    private static String get(Accounts.Session who, String path, String moreCookies) {
        RunningServer.Answer answer = server.send(HttpRequest.newBuilder(server.uri(path)).header("Cookie",
                who.cookie() + (moreCookies.isEmpty() ? "" : "; " + moreCookies)));
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static long webhookId(String url) {
        return server.server().database().read(h -> h.createQuery("SELECT id FROM webhook WHERE url = :u")
                .bind("u", url).mapTo(Long.class).one());
    }

    private static List<AuditLog.Entry> audit(long webhook) {
        return server.server().database().read(h -> new AuditLog(java.time.Clock.systemUTC()).page(h, 0, 1000))
                .stream().filter(e -> e.target().equals("webhook " + webhook + " of project 1")).toList();
    }

    @Test
    void an_admin_adds_a_webhook_sees_its_secret_once_then_its_deliveries_and_deletes_it() {
        RunningServer.Answer created = addWebhook(receiver.url(), "regression", "triage");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Matcher shown = SECRET.matcher(created.body());
        assertThat(shown.find()).as("the new webhook's secret is on the answer").isTrue();
        String secret = shown.group(1);
        assertThat(secret).as("a secret is made when none is given").matches("[0-9a-f]{48}");
        long id = webhookId(receiver.url());
        assertThat(server.getJson("/api/v1.0/1/webhook/" + id).get("events").toString())
                .isEqualTo("[\"regression\",\"triage\"]");

        String list = get(admin, "/admin/webhooks");
        assertThat(list).contains("data-webhook-id=\"" + id + "\"", receiver.url(), "Default project",
                "regression, triage", "none yet", "aria-current=\"page\">Webhooks</a>")
                .doesNotContain(secret, "data-secret");

        String tag = "admin-hook-" + UUID.randomUUID().toString().substring(0, 8);
        for (int n = 1; n <= 20; n++) {
            assertThat(server.upload(Nightly.stepAt(tag, n, 12)).status()).isEqualTo(200);
        }
        Await.until(Duration.ofSeconds(60), "the alert to be posted", () -> !receiver.calls().isEmpty());
        WebhookReceiver.Call call = receiver.calls().get(0);
        assertThat(call.headers().get("x-perftracker-signature")).as("signed with the secret the page showed")
                .isEqualTo(WebhookSender.signature(secret, call.body().getBytes(StandardCharsets.UTF_8)));
        String deliveredCell = "<td data-status=\"delivered\">delivered <span class=\"muted\">(HTTP 200)</span></td>";
        Await.until(Duration.ofSeconds(30), "the delivery to be listed", () -> get(admin, "/admin/webhooks")
                .contains(deliveredCell));
        String details = get(admin, "/admin/webhooks/" + id);
        String delivery = call.headers().get("x-perftracker-delivery");
        assertThat(details).contains("<h1>Webhook " + id + "</h1>", receiver.url(),
                "<tr data-delivery-id=\"" + delivery + "\" data-status=\"delivered\">", "<td>alerts</td>",
                "<td class=\"num\">200</td>", "/api/v1.0/1/webhook/" + id + "/delivery/");

        String deleted = flash(post(admin, "/admin/webhooks/" + id + "/delete", List.of()));
        assertThat(deleted).contains("Webhook " + id + " (" + receiver.url() + ") has been deleted");
        assertThat(get(admin, "/admin/webhooks")).doesNotContain("data-webhook-id=\"" + id + "\"");
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/admin/webhooks/" + id))
                .header("Cookie", admin.cookie())).status()).isEqualTo(404);
        assertThat(server.get("/api/v1.0/1/webhook/" + id).status()).isEqualTo(404);
        // newest first; on SQLite a deleted webhook's id is used again, so earlier tests' entries may follow
        List<AuditLog.Entry> entries = audit(id).subList(0, 2);
        assertThat(entries).extracting(AuditLog.Entry::action).containsExactly("webhook.delete", "webhook.create");
        assertThat(entries).allSatisfy(e -> assertThat(e.actor()).isEqualTo("ada"));
        assertThat(entries.get(1).detail()).isEqualTo(receiver.url() + " [regression, triage]");
    }

    @Test
    void the_delivery_log_is_paged_newest_first() {
        assertThat(addWebhook(receiver.url(), "regression").status()).isEqualTo(201);
        long id = webhookId(receiver.url());
        NotificationRepository outbox = new NotificationRepository();
        long now = System.currentTimeMillis();
        List<Long> ids = server.server().database().write(h -> IntStream.range(0, 55)
                .mapToObj(n -> outbox.insert(h, 1, NotificationRepository.WEBHOOK, id, "alerts", "{\"n\": " + n + "}",
                        now)).toList());
        String first = get(admin, "/admin/webhooks/" + id);
        assertThat(first).contains("1–50 of 55 deliveries", "page 1 of 2", "rel=\"next\"");
        assertThat(first.indexOf("data-delivery-id=\"" + ids.get(54) + "\""))
                .isPositive().isLessThan(first.indexOf("data-delivery-id=\"" + ids.get(5) + "\""));
        assertThat(first).doesNotContain("data-delivery-id=\"" + ids.get(4) + "\"");
        String second = get(admin, "/admin/webhooks/" + id + "?page=2");
        assertThat(second).contains("51–55 of 55 deliveries", "data-delivery-id=\"" + ids.get(0) + "\"")
                .doesNotContain("data-delivery-id=\"" + ids.get(5) + "\"");
    }

    @Test
    void bad_input_is_refused_with_the_message_on_the_page_and_user_text_is_escaped() {
        var before = server.snapshot();
        RunningServer.Answer file = addWebhook("file:///etc/passwd", "regression");
        assertThat(flash(file)).contains("The webhook was not added: url: must be an http:// or https:// URL");
        assertThat(pageAfter(file)).contains("class=\"flash flash-error\"",
                "The webhook was not added: url: must be an http:// or https:// URL with a host");
        RunningServer.Answer script = addWebhook("http://127.0.0.1:9/<script>alert(1)</script>", "regression");
        assertThat(pageAfter(script)).contains("url: is not a URL", "/&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(flash(addWebhook(receiver.url(), "everything"))).contains("events: 'everything' is not one of");
        assertThat(flash(post(admin, "/admin/webhooks", List.of(Map.entry("url", receiver.url())))))
                .contains("project: choose the project");
        assertThat(flash(post(admin, "/admin/webhooks", List.of(Map.entry("project", "999999"),
                Map.entry("url", receiver.url()))))).contains("Project 999999 does not exist");
        assertThat(server.snapshot()).isEqualTo(before);

        String url = receiver.url() + "?a=1&b='x'";
        assertThat(addWebhook(url, "regression").status()).isEqualTo(201);
        assertThat(get(admin, "/admin/webhooks")).contains("/hook?a=1&amp;b=").doesNotContain("a=1&b=");
        assertThat(get(admin, "/admin/webhooks/" + webhookId(url))).contains("/hook?a=1&amp;b=")
                .doesNotContain("a=1&b=");
    }

    @Test
    void the_webhook_pages_are_for_administrators_only() {
        RunningServer.Answer added = server.postJson("/api/v1.0/1/webhook/", "{\"url\": \"" + receiver.url() + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().get("id").asLong();
        var before = server.snapshot();
        for (String page : List.of("/admin/webhooks", "/admin/webhooks/" + id)) {
            assertThat(server.send(HttpRequest.newBuilder(server.uri(page)).header("Cookie", viewer.cookie()))
                    .status()).as(page).isEqualTo(403);
            RunningServer.Answer anonymous = server.get(page);
            assertThat(anonymous.status()).as(page).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location")).contains("/signin?next="
                    + encode(page));
        }
        List<Map.Entry<String, String>> form = List.of(Map.entry("project", "1"), Map.entry("url",
                receiver.url() + "/sneaky"));
        assertThat(post(viewer, "/admin/webhooks", form).status()).isEqualTo(403);
        assertThat(post(viewer, "/admin/webhooks/" + id + "/delete", List.of()).status()).isEqualTo(403);
        // from the server's own machine, where anonymous writes are let in, but never to the admin pages
        for (String path : List.of("/admin/webhooks", "/admin/webhooks/" + id + "/delete")) {
            RunningServer.Answer anonymous = server.send(Forms.urlEncoded(server, path, Map.of("project", "1", "url", receiver.url() + "/sneaky")));
            assertThat(anonymous.status()).as(path).isEqualTo(303);
            assertThat(anonymous.headers().firstValue("Location").orElse("")).as(path).startsWith("/signin");
        }
        assertThat(server.snapshot()).isEqualTo(before);
        assertThat(get(admin, "/admin/users")).contains("href=\"/admin/webhooks\"");
    }
}
