package org.perftracker.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.regression.Nightly;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Await;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** Deletions, edits and permission changes are recorded with who and when, and the admin page lists them. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class AuditLogTest {
    @Parameter
    TestDatabase database;

    @Test
    void edits_deletes_and_permission_changes_name_who_did_them() {
        try (RunningServer server = RunningServer.start(database.create(), c -> c.withAuth(c.auth()
                .withAdminPassword("the admin's secret")))) {
            var editor = Accounts.user(server, "ed", Role.EDITOR);
            String token = Accounts.token(server, editor, Role.EDITOR);
            long job = server.upload(Fixtures.job().title("Nightly").test("t", 1).build()).json().get("id").asLong();
            send(server, token, "PUT", "/api/v1.0/1/job/" + job, "{\"job_title\": \"Renamed\"}");
            send(server, token, "DELETE", "/api/v1.0/1/job/" + job, "");
            server.delete("/api/v1.0/1/job/" + job);
            UUID artifact = UUID.randomUUID();
            server.send(Forms.multipart(server, "/api/v1.0/0/artifact/" + artifact, "file", "log.txt", "x".getBytes(),
                    Map.of("filename", "log.txt")));
            send(server, token, "DELETE", "/api/v1.0/0/artifact/" + artifact, "");
            long comparison = server.postJson("/api/v1.0/1/comparison/", "{\"jobs\": [" + job + "]}").json().get("id")
                    .asLong();
            send(server, token, "DELETE", "/api/v1.0/1/comparison/" + comparison, "");
            server.upload(Fixtures.job().title("Tagged").regressionTag("audited").test("t", 1).build());
            long regression = server.getJson("/api/v1.0/1/regression/?search%5Bvalue%5D=audited").get("data").get(0)
                    .get("id").asLong();
            send(server, token, "PATCH", "/api/v1.0/1/regression/" + regression, "{\"title\": \"Audited 1.4\"}");
            long webhook = server.postJson("/api/v1.0/1/webhook/", "{\"url\": \"http://127.0.0.1:9/hook\"}").json()
                    .get("id").asLong();
            server.delete("/api/v1.0/1/webhook/" + webhook);
            List<Long> alertIds = new ArrayList<>();
            for (int n = 1; n <= 20; n++) {
                server.upload(Nightly.stepAt("audited-alerts", n, 12));
            }
            Await.until(Duration.ofSeconds(60), "the alert", () -> {
                server.getJson("/api/v1.0/1/alert/").get("data").forEach(a -> alertIds.add(a.get("id").asLong()));
                return !alertIds.isEmpty();
            });
            long alert = alertIds.get(0);
            send(server, token, "PATCH", "/api/v1.0/1/alert/" + alert,
                    "{\"state\": \"acknowledged\", \"bug_url\": \"https://bugs.example.com/7\"}");

            Accounts.Session admin = Accounts.signIn(server, "admin", "the admin's secret");
            server.send(admin.form(server, "/admin/users/" + editor.id() + "/role", Map.of("role", "viewer")));

            List<AuditLog.Entry> entries = server.server().database().read(h -> new AuditLog(java.time.Clock
                    .systemUTC()).page(h, 0, 100));
            assertThat(entries).extracting(e -> e.actor() + " | " + e.action() + " | " + e.target()).contains(
                    "ed (token test editor) | job.edit | job " + job,
                    "ed (token test editor) | job.delete | job " + job,
                    "anonymous (127.0.0.1) | job.delete | job " + job,
                    "ed (token test editor) | artifact.delete | artifact " + artifact + " (log.txt)",
                    "ed (token test editor) | comparison.delete | comparison " + comparison,
                    "ed (token test editor) | regression.rename | regression " + regression + " (audited)",
                    "anonymous (127.0.0.1) | webhook.create | webhook " + webhook + " of project 1",
                    "anonymous (127.0.0.1) | webhook.delete | webhook " + webhook + " of project 1",
                    "admin | user.role | user ed",
                    "system | user.create | user admin");
            assertThat(entries).filteredOn(e -> e.action().equals("alert.triage")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.actor()).isEqualTo("ed (token test editor)");
                        assertThat(e.target()).startsWith("alert " + alert + " (login latency +");
                        assertThat(e.detail()).isEqualTo("new → acknowledged; bug https://bugs.example.com/7");
                    });
            assertThat(entries.get(0).action()).as("newest first").isEqualTo("user.role");
            assertThat(entries.get(0).detail()).isEqualTo("editor → viewer");

            String page = server.send(HttpRequest.newBuilder(server.uri("/admin/audit")).header("Cookie",
                    admin.cookie())).body();
            assertThat(page).contains("user.role", "editor → viewer", "ed (token test editor)");
            assertThat(server.get("/admin/audit").status()).as("not for anonymous, even on loopback").isEqualTo(302);
        }
    }

    private static void send(RunningServer server, String token, String method, String path, String body) {
        RunningServer.Answer answer = server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isEqualTo(200);
    }
}
