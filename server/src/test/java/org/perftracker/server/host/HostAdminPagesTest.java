package org.perftracker.server.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.auth.Role;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** The admin pages of hosts and lock types, on both databases: every change is made, audited, and refused to others. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class HostAdminPagesTest {
    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private static Accounts.Session admin;
    private static Accounts.Session uploader;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db);
        Accounts.user(server, "ada", Role.ADMIN);
        Accounts.user(server, "uma", Role.UPLOADER);
        admin = Accounts.signIn(server, "ada", Accounts.PASSWORD);
        uploader = Accounts.signIn(server, "uma", Accounts.PASSWORD);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static RunningServer.Answer post(Accounts.Session who, String path, Map<String, String> fields) {
        return server.send(who.form(server, path, fields));
    }

    private static String flash(RunningServer.Answer redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(303);
        String cookie = redirect.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pt_flash="))
                .findFirst().orElseThrow();
        return URLDecoder.decode(cookie.substring("pt_flash=".length(), cookie.indexOf(';')), StandardCharsets.UTF_8);
    }

    private static String get(Accounts.Session who, String path) {
        RunningServer.Answer answer = server.send(HttpRequest.newBuilder(server.uri(path)).header("Cookie",
                who.cookie()));
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static List<AuditLog.Entry> audit() {
        return server.server().database().read(h -> new AuditLog(java.time.Clock.systemUTC()).page(h, 0, 1000));
    }

    private static long hostId(String name) {
        return server.server().database().read(h -> h.createQuery("SELECT id FROM host WHERE name = :n")
                .bind("n", name).mapTo(Long.class).one());
    }

    @Test
    void an_admin_adds_edits_hides_and_shows_a_host_and_each_change_is_audited() {
        String name = "perf-" + database.name().toLowerCase(java.util.Locale.ROOT);
        assertThat(flash(post(admin, "/admin/hosts", Map.of("name", name, "os", "Debian 12", "cpus_count", "16",
                "ram_gb", "")))).contains("Host " + name + " has been added");
        long id = hostId(name);
        String edit = get(admin, "/admin/hosts/" + id);
        assertThat(edit).contains("value=\"" + name + "\"", "value=\"16\"", "aria-current=\"page\">Hosts</a>");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : HostAdminPage.TEXT) {
            fields.put(field, "");
        }
        fields.putAll(Map.of("name", name, "os", "Debian 13", "cpus_count", "32", "ram_gb", "256", "storage_tb", "",
                "network_gbs", "25", "order", "20", "purpose", "<b>db</b> perf"));
        assertThat(flash(post(admin, "/admin/hosts/" + id, fields))).contains("has been saved");
        var host = server.getJson("/api/v1.0/0/hw_farm/" + id);
        assertThat(host.get("os").asText()).isEqualTo("Debian 13");
        assertThat(host.get("ram_gb").asDouble()).isEqualTo(256);
        assertThat(host.get("storage_tb").isNull()).isTrue();
        assertThat(host.get("order").asInt()).isEqualTo(20);
        assertThat(get(admin, "/admin/hosts")).contains("&lt;b&gt;db&lt;/b&gt; perf").doesNotContain("<b>db</b>");

        assertThat(flash(post(admin, "/admin/hosts/" + id + "/hide", Map.of()))).contains("hidden");
        assertThat(server.get("/1/hw_farm/").body()).doesNotContain(">" + name + "<");
        assertThat(get(admin, "/admin/hosts")).contains(name, "/admin/hosts/" + id + "/show");
        assertThat(flash(post(admin, "/admin/hosts/" + id + "/show", Map.of()))).contains("shown");
        assertThat(server.get("/1/hw_farm/").body()).contains(">" + name + "<");

        List<AuditLog.Entry> entries = audit().stream().filter(e -> e.target().contains(name)).toList();
        assertThat(entries).extracting(AuditLog.Entry::action)
                .containsExactly("host.show", "host.hide", "host.edit", "host.create");
        assertThat(entries).allSatisfy(e -> assertThat(e.actor()).isEqualTo("ada"));
        assertThat(entries.get(2).detail()).contains("os: Debian 12 → Debian 13", "cpusCount: 16 → 32");
    }

    @Test
    void bad_values_come_back_as_a_message_naming_the_field_and_change_nothing() {
        var before = server.snapshot();
        assertThat(flash(post(admin, "/admin/hosts", Map.of("name", "")))).contains("name: is required");
        assertThat(flash(post(admin, "/admin/hosts", Map.of("name", "x", "ram_gb", "lots"))))
                .contains("ram_gb: must be a number");
        assertThat(flash(post(admin, "/admin/lock-types", Map.of("name", "Bad", "bg_color", "red"))))
                .contains("bg_color: must be a colour like #003399");
        assertThat(server.snapshot()).isEqualTo(before);
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/admin/hosts/999999")).header("Cookie",
                admin.cookie())).status()).isEqualTo(404);
    }

    @Test
    void an_admin_adds_and_recolours_lock_types_and_the_timeline_uses_them() {
        String name = "Maintenance " + database.name();
        assertThat(flash(post(admin, "/admin/lock-types", Map.of("name", name, "bg_color", "#225522",
                "fg_color", "#ffffff", "order", "3")))).contains("has been added");
        long id = server.server().database().read(h -> h.createQuery("SELECT id FROM lock_type WHERE name = :n")
                .bind("n", name).mapTo(Long.class).one());
        assertThat(get(admin, "/admin/lock-types")).contains(name, "background:#225522;color:#ffffff");
        assertThat(flash(post(admin, "/admin/lock-types/" + id, Map.of("name", name, "bg_color", "#884400",
                "fg_color", "#ffffff", "order", "3")))).contains("has been saved");
        assertThat(audit().stream().filter(e -> e.target().contains(name)).map(AuditLog.Entry::action).toList())
                .containsExactly("lock_type.edit", "lock_type.create");
        assertThat(server.getJson("/api/v1.0/0/lock_type/").findValuesAsText("bg_color")).contains("#884400");
    }

    @Test
    void the_admin_pages_are_for_administrators_only() {
        var before = server.snapshot();
        RunningServer.Answer page = server.send(HttpRequest.newBuilder(server.uri("/admin/hosts"))
                .header("Cookie", uploader.cookie()));
        assertThat(page.status()).isEqualTo(403);
        assertThat(post(uploader, "/admin/hosts", Map.of("name", "sneaky")).status()).isEqualTo(403);
        assertThat(post(uploader, "/admin/lock-types", Map.of("name", "Sneaky")).status()).isEqualTo(403);
        assertThat(server.snapshot()).isEqualTo(before);
        assertThat(get(admin, "/admin/users")).contains("href=\"/admin/hosts\"", "href=\"/admin/lock-types\"");
    }
}
