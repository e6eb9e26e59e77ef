package org.perftracker.server.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.auth.AuthSettings;
import org.perftracker.server.auth.Role;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.MutableClock;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * The hosts pages over HTTP on both databases, where every write needs a user or a token: the list with its
 * timeline, a host with its history, a lock; the forms that take, extend and release locks; escaping of host
 * names and lock titles; 404s; refusals without the CSRF token or the role, which change nothing.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class HostPagesHttpTest {
    private static final Pattern SCRIPT_SRC = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]*)\"");
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-08T12:00:00Z"));
    private static final String EVIL_HOST = "<img src=x onerror=alert(1)>";
    private static final String EVIL_TITLE = "<script>alert('t')</script>";

    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private static String adminToken;
    private static Accounts.Session uploader;
    private static Accounts.Session viewer;
    private static long evilLock;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db.create(), c -> c.withAuth(c.auth()
                .withAnonymousWrites(AuthSettings.AnonymousWrites.NEVER)), CLOCK);
        adminToken = Accounts.token(server, server.server().users().byName("admin").orElseThrow(), Role.ADMIN);
        Accounts.user(server, "uma", Role.UPLOADER);
        Accounts.user(server, "vic", Role.VIEWER);
        uploader = Accounts.signIn(server, "uma", Accounts.PASSWORD);
        viewer = Accounts.signIn(server, "vic", Accounts.PASSWORD);
        for (String name : List.of("web-01", "web-02", "db-01", "spare-01", EVIL_HOST)) {
            api("POST", "/api/v1.0/0/hw_farm/", "{\"name\": \"" + name.replace("\"", "\\\"") + "\", \"os\": \""
                    + (name.startsWith("db") ? "Rocky 9" : "Debian 12") + "\", \"cpus_count\": 32, \"ram_gb\": 128,"
                    + " \"purpose\": \"web perf\", \"vendor\": \"Dell\", \"model\": \"R650\"}");
        }
        api("POST", "/api/v1.0/0/lock_type/", "{\"name\": \"Nightly\", \"bg_color\": \"#aa0000\"}");
        evilLock = api("POST", "/api/v1.0/0/hw_lock/", "{\"title\": \"" + EVIL_TITLE + "\", \"planned_dur_hrs\": 6,"
                + " \"hw_nodes\": [\"db-01\"], \"lock_type\": {\"name\": \"Nightly\"}}").get("id").asLong();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static JsonNode api(String method, String path, String body) {
        RunningServer.Answer answer = server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isLessThan(300);
        return answer.json();
    }

    private static long hostId(String name) {
        for (JsonNode row : server.getJson("/api/v1.0/0/hw_farm/?length=100").get("data")) {
            if (row.get("name").asText().equals(name)) {
                return row.get("id").asLong();
            }
        }
        throw new AssertionError("no host " + name);
    }

    private static String page(String path) {
        RunningServer.Answer answer = server.get(path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
        return answer.body();
    }

    /** @return the message the page that a form redirected to shows once */
    private static String flash(RunningServer.Answer redirect) {
        String cookie = redirect.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pt_flash="))
                .findFirst().orElseThrow(() -> new AssertionError("no message: " + redirect.headers()));
        return URLDecoder.decode(cookie.substring("pt_flash=".length(), cookie.indexOf(';')), StandardCharsets.UTF_8);
    }

    private static String history(String hostPage) {
        return hostPage.substring(hostPage.indexOf("id=\"history\""));
    }

    @Test
    void the_hosts_page_lists_the_lab_with_who_holds_each_host_and_a_timeline_drawn_without_outside_scripts() {
        RunningServer.Answer answer = server.get("/1/hw_farm/");
        String page = answer.body();
        assertThat(page).contains("<h1>Hosts", "web-01", "Debian 12", "Dell R650", "128 GB", "aria-current=\"page\"");
        assertThat(page).contains("href=\"/1/hw_lock/" + evilLock + "\"", "2026-01-08 18:00 UTC");
        assertThat(page).contains("class=\"tl-bar\"", "data-lock-type=\"Nightly\"", "background:#aa0000;color:#ffffff",
                "<span class=\"tl-type\">Nightly:</span>", "Thu 1 Jan – Sat 10 Jan (UTC)", "tl-tick today");
        Matcher scripts = SCRIPT_SRC.matcher(page);
        while (scripts.find()) {
            assertThat(scripts.group(1)).as("every script is this server's").startsWith("/").doesNotStartWith("//");
        }
        assertThat(page).doesNotContain("google", "jsapi", "<script>");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'", "default-src 'self'"));
    }

    @Test
    void host_names_and_lock_titles_are_escaped_everywhere() {
        long evilHost = hostId(EVIL_HOST);
        for (String path : List.of("/1/hw_farm/", "/1/hw_farm/" + evilHost, "/1/hw_farm/" + hostId("db-01"),
                "/1/hw_lock/" + evilLock)) {
            String page = page(path);
            assertThat(page).as(path).doesNotContain("<img src=x", "<script>alert(");
        }
        assertThat(page("/1/hw_farm/")).contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;alert(");
        assertThat(page("/1/hw_lock/" + evilLock)).contains("Lock #" + evilLock + ": &lt;script&gt;alert(");
    }

    @Test
    void what_does_not_exist_is_a_404_page() {
        for (String path : List.of("/1/hw_farm/999999", "/1/hw_farm/abc", "/1/hw_lock/999999", "/1/hw_lock/abc",
                "/77/hw_farm/")) {
            RunningServer.Answer answer = server.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("<h1>Not found").doesNotContain("Exception");
        }
    }

    @Test
    void search_sort_and_the_timeline_window_live_in_the_url() {
        assertThat(page("/1/hw_farm/?q=rocky")).contains("db-01").doesNotContain(">web-01<");
        String byName = page("/1/hw_farm/?sort=name&dir=desc");
        assertThat(byName.indexOf(">web-02<")).isLessThan(byName.indexOf(">web-01<"));
        String earlier = page("/1/hw_farm/?from=2025-12-01");
        assertThat(earlier).contains("Mon 1 Dec – Wed 10 Dec (UTC)").doesNotContain("class=\"tl-bar");
        assertThat(earlier).contains("href=\"/1/hw_farm/?from=2025-12-08\"", "href=\"/1/hw_farm/?from=2025-11-24\"");
        assertThat(page("/1/hw_farm/?size=200&from=junk")).contains("Thu 1 Jan – Sat 10 Jan (UTC)");
    }

    @Test
    void an_uploader_takes_extends_and_releases_a_lock_with_the_forms() {
        long web1 = hostId("web-01");
        RunningServer.Answer taken = server.send(uploader.form(server, "/1/hw_lock/", Map.of("title", "Perf run 17",
                "type", "Nightly", "hours", "4", "host", String.valueOf(web1), "back", "/1/hw_farm/?q=web")));
        assertThat(taken.status()).as(taken.body()).isEqualTo(303);
        assertThat(taken.headers().firstValue("Location")).hasValue("/1/hw_farm/?q=web");
        assertThat(flash(taken)).contains("holds web-01 until 2026-01-08 16:00 UTC");
        JsonNode host = server.getJson("/api/v1.0/0/hw_farm/" + web1);
        long lock = host.get("locked_by").asLong();
        JsonNode view = server.getJson("/api/v1.0/0/hw_lock/" + lock);
        assertThat(view.get("owner").asText()).isEqualTo("uma");
        assertThat(view.get("lock_type").get("name").asText()).isEqualTo("Nightly");
        assertThat(page("/1/hw_farm/" + web1)).contains("Perf run 17", "Held by", "/1/hw_lock/" + lock + "/extend");

        RunningServer.Answer extended = server.send(uploader.form(server, "/1/hw_lock/" + lock + "/extend",
                Map.of("hours", "2")));
        assertThat(extended.status()).isEqualTo(303);
        assertThat(flash(extended)).contains("until 2026-01-08 18:00 UTC");
        RunningServer.Answer toDeadline = server.send(uploader.form(server, "/1/hw_lock/" + lock + "/extend",
                Map.of("deadline", "2026-01-09T09:30")));
        assertThat(flash(toDeadline)).contains("until 2026-01-09 09:30 UTC");
        assertThat(server.getJson("/api/v1.0/0/hw_lock/" + lock).get("planned_end").asText())
                .isEqualTo("2026-01-09T09:30:00Z");

        RunningServer.Answer released = server.send(uploader.form(server, "/1/hw_lock/" + lock + "/release",
                Map.of()));
        assertThat(released.status()).isEqualTo(303);
        assertThat(released.headers().firstValue("Location")).hasValue("/1/hw_lock/" + lock);
        assertThat(flash(released)).contains("released", "web-01 free again");
        assertThat(server.getJson("/api/v1.0/0/hw_farm/" + web1).get("locked_by").isNull()).isTrue();
        assertThat(page("/1/hw_lock/" + lock)).contains("released", "Ended");
    }

    @Test
    void a_taken_host_is_refused_with_who_holds_it_and_until_when() {
        var before = server.snapshot();
        RunningServer.Answer refused = server.send(uploader.form(server, "/1/hw_lock/", Map.of("title", "Mine",
                "hours", "1", "host", String.valueOf(hostId("db-01")))));
        assertThat(refused.status()).isEqualTo(303);
        assertThat(flash(refused)).contains("The hosts were not locked: a host is taken",
                "already locked by lock #" + evilLock, "db-01 is held by admin until 2026-01-08 18:00 UTC");
        assertThat(server.snapshot()).isEqualTo(before);
        String shown = server.send(HttpRequest.newBuilder(server.uri("/1/hw_farm/")).header("Cookie",
                uploader.cookie() + "; " + refused.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("pt_flash=")).map(c -> c.substring(0, c.indexOf(';')))
                        .findFirst().orElseThrow())).body();
        assertThat(shown).contains("flash-error", "db-01 is held by admin until");
        RunningServer.Answer noHours = server.send(uploader.form(server, "/1/hw_lock/", Map.of("title", "Mine",
                "hours", "", "host", String.valueOf(hostId("spare-01")))));
        assertThat(flash(noHours)).contains("hours: give the hours or a deadline");
        RunningServer.Answer noHost = server.send(uploader.form(server, "/1/hw_lock/", Map.of("title", "Mine",
                "hours", "3")));
        assertThat(flash(noHost)).contains("tick at least one host");
        assertThat(server.snapshot()).isEqualTo(before);
    }

    @Test
    void forms_without_the_csrf_token_or_from_a_viewer_are_refused_and_change_nothing() {
        String spare = String.valueOf(hostId("spare-01"));
        var before = server.snapshot();
        RunningServer.Answer forged = server.send(Forms.urlEncoded(server,
                        "/1/hw_lock/", Map.of("title", "Forged", "hours", "3", "host", spare))
                .header("Cookie", uploader.cookie()).header("Origin", "https://evil.example"));
        assertThat(forged.status()).isEqualTo(403);
        RunningServer.Answer release = server.send(Forms.urlEncoded(server,
                "/1/hw_lock/" + evilLock + "/release", Map.of()).header("Cookie", uploader.cookie()));
        assertThat(release.status()).isEqualTo(403);
        RunningServer.Answer byViewer = server.send(viewer.form(server, "/1/hw_lock/", Map.of("title", "Viewer",
                "hours", "3", "host", spare)));
        assertThat(byViewer.status()).isEqualTo(403);
        RunningServer.Answer anonymous = server.send(Forms.urlEncoded(server,
                "/1/hw_lock/", Map.of("title", "Nobody", "hours", "3", "host", spare)));
        assertThat(anonymous.status()).isIn(401, 303);
        assertThat(server.snapshot()).isEqualTo(before);
    }

    @Test
    void a_host_page_shows_its_history_newest_first_and_paged() {
        String name = "history-" + database.name().toLowerCase(java.util.Locale.ROOT);
        api("POST", "/api/v1.0/0/hw_farm/", "{\"name\": \"" + name + "\", \"dashboard_url\": \"javascript:alert(1)\"}");
        for (int i = 1; i <= 51; i++) {
            long lock = api("POST", "/api/v1.0/0/hw_lock/", "{\"title\": \"Run " + i + "\", \"planned_dur_hrs\": 1,"
                    + " \"hw_nodes\": [\"" + name + "\"]}").get("id").asLong();
            api("DELETE", "/api/v1.0/0/hw_lock/" + lock, null);
        }
        long id = hostId(name);
        String page = page("/1/hw_farm/" + id);
        assertThat(page).doesNotContain("href=\"javascript:");
        String first = history(page);
        assertThat(first).contains("1–50 of 51 locks", ">Run 51<", "released").doesNotContain(">Run 1<");
        assertThat(first.indexOf(">Run 51<")).isLessThan(first.indexOf(">Run 50<"));
        assertThat(history(page("/1/hw_farm/" + id + "?page=2"))).contains("51–51 of 51 locks", ">Run 1<");
        assertThat(page("/1/hw_farm/" + hostId("spare-01"))).contains("This host has never been locked",
                "Lock this host", "name=\"host\" value=\"" + hostId("spare-01") + "\" checked");
    }
}
