package org.perftracker.server.regression.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.auth.Role;
import org.perftracker.server.regression.Nightly;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Await;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;
import org.perftracker.server.testing.WebhookReceiver;

/** Webhooks: the admin API, signed deliveries of new alerts and triage, retries with backoff, the delivery log. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WebhookDeliveryTest {
    private static final long RETRY_BASE_MS = 300;
    private static final int ATTEMPTS = 4;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private final WebhookReceiver receiver = new WebhookReceiver();

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db.create(), c -> c.withNotifications(Notifications.defaults()
                .withRetries(RETRY_BASE_MS, ATTEMPTS).withPublicUrl("https://perf.example.com/")));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    @AfterEach
    void deleteWebhooks() {
        server.getJson("/api/v1.0/1/webhook/").forEach(w -> server.delete("/api/v1.0/1/webhook/" + w.get("id")));
        receiver.close();
    }

    private long addWebhook(String secret, String events) {
        RunningServer.Answer added = server.postJson("/api/v1.0/1/webhook/", "{\"url\": \"" + receiver.url()
                + "\", \"secret\": \"" + secret + "\", \"events\": " + events + "}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private static String uploadStep() {
        String tag = "hook-" + UUID.randomUUID().toString().substring(0, 8);
        for (int n = 1; n <= 20; n++) {
            assertThat(server.upload(Nightly.stepAt(tag, n, 12)).status()).isEqualTo(200);
        }
        return tag;
    }

    private JsonNode deliveries(long webhook) {
        return server.getJson("/api/v1.0/1/webhook/" + webhook + "/delivery/").get("data");
    }

    /** @return the status of the webhook's latest delivery, empty before there is one */
    private String latestStatus(long webhook) {
        JsonNode log = deliveries(webhook);
        return log.isEmpty() ? "" : log.get(0).get("status").asText();
    }

    private void awaitCalls(int count) {
        Await.until(Duration.ofSeconds(30), count + " webhook calls", () -> receiver.calls().size() >= count);
    }

    @Test
    void new_alerts_are_posted_signed_with_the_webhooks_secret() throws Exception {
        long webhook = addWebhook("s3cret", "[\"regression\"]");
        String tag = uploadStep();
        awaitCalls(1);
        WebhookReceiver.Call call = receiver.calls().get(0);
        assertThat(call.headers().get("x-perftracker-signature")).isEqualTo(WebhookSender.signature("s3cret",
                call.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(call.headers().get("x-perftracker-event")).isEqualTo("alerts");
        assertThat(call.headers().get("content-type")).isEqualTo("application/json");
        JsonNode body = MAPPER.readTree(call.body());
        assertThat(body.get("event").asText()).isEqualTo("alerts");
        assertThat(body.get("project").get("name").asText()).isEqualTo("Default project");
        assertThat(body.get("regression").get("tag").asText()).isEqualTo(tag);
        assertThat(body.get("alerts")).hasSize(1);
        JsonNode alert = body.get("alerts").get(0);
        assertThat(alert.get("summary").asText()).startsWith("login latency +").endsWith("since build 1.4.0-512");
        assertThat(alert.get("direction").asText()).isEqualTo("regression");
        assertThat(alert.get("job").get("uuid").asText()).isEqualTo(Nightly.uuid(tag, 12).toString());
        assertThat(body.get("uploads")).isNotEmpty();
        assertThat(body.get("url").asText()).startsWith("https://perf.example.com/api/v1.0/1/alert/?regression=");
        Await.until(Duration.ofSeconds(10), "the delivery to be logged",
                () -> latestStatus(webhook).equals("delivered"));
        JsonNode logged = deliveries(webhook).get(0);
        assertThat(logged.get("attempts").asInt()).isEqualTo(1);
        assertThat(logged.get("last_status").asInt()).isEqualTo(200);
        assertThat(logged.get("id").asText()).isEqualTo(call.headers().get("x-perftracker-delivery"));
        assertThat(logged.get("payload").get("alerts").get(0).get("id").asLong()).isEqualTo(alert.get("id").asLong());
        List<Long> everyProject = new ArrayList<>();
        server.getJson("/api/v1.0/0/notification/").get("data").forEach(n -> everyProject.add(n.get("id").asLong()));
        assertThat(everyProject).as("0 reads every project's log").contains(logged.get("id").asLong());
    }

    @Test
    void a_failing_webhook_is_retried_with_growing_delays_until_it_answers() {
        receiver.answering(200, 500, 503);
        long webhook = addWebhook("k", "[\"regression\"]");
        uploadStep();
        awaitCalls(3);
        List<WebhookReceiver.Call> calls = receiver.calls();
        assertThat(calls).extracting(WebhookReceiver.Call::status).containsExactly(500, 503, 200);
        assertThat(calls).extracting(WebhookReceiver.Call::body).containsOnly(calls.get(0).body());
        long firstGapMs = (calls.get(1).receivedNanos() - calls.get(0).receivedNanos()) / 1_000_000;
        long secondGapMs = (calls.get(2).receivedNanos() - calls.get(1).receivedNanos()) / 1_000_000;
        assertThat(firstGapMs).isGreaterThanOrEqualTo(RETRY_BASE_MS);
        assertThat(secondGapMs).isGreaterThanOrEqualTo(2 * RETRY_BASE_MS);
        Await.until(Duration.ofSeconds(10), "the delivery to be logged",
                () -> latestStatus(webhook).equals("delivered"));
        assertThat(deliveries(webhook).get(0).get("attempts").asInt()).isEqualTo(3);
    }

    @Test
    void a_webhook_that_keeps_failing_is_given_up_after_its_attempts_and_a_refusal_at_once() {
        receiver.answering(500);
        long failing = addWebhook("k", "[\"regression\"]");
        uploadStep();
        Await.until(Duration.ofSeconds(30), "the delivery to be given up",
                () -> latestStatus(failing).equals("failed"));
        JsonNode logged = deliveries(failing).get(0);
        assertThat(logged.get("attempts").asInt()).isEqualTo(ATTEMPTS);
        assertThat(logged.get("last_error").asText()).startsWith("HTTP 500: answered 500");
        assertThat(receiver.calls()).hasSize(ATTEMPTS);

        server.delete("/api/v1.0/1/webhook/" + failing);
        receiver.answering(404);
        long refused = addWebhook("k", "[\"regression\"]");
        uploadStep();
        Await.until(Duration.ofSeconds(30), "the refused delivery to be given up",
                () -> latestStatus(refused).equals("failed"));
        assertThat(deliveries(refused).get(0).get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void a_triage_is_posted_to_webhooks_that_want_triage_events() throws Exception {
        String tag = uploadStep();
        RunningServer.Answer check;
        Await.until(Duration.ofSeconds(30), "the analysis", () -> server.getJson("/api/v1.0/1/check/?tag=" + tag
                + "&job=" + Nightly.uuid(tag, 20)).get("analysed").asBoolean());
        check = server.get("/api/v1.0/1/check/?tag=" + tag + "&job=" + Nightly.uuid(tag, 12));
        long alert = check.json().get("alerts").get(0).get("id").asLong();
        addWebhook("t", "[\"triage\"]");
        server.patch("/api/v1.0/1/alert/" + alert, "{\"state\": \"acknowledged\", \"note\": \"on it\"}");
        awaitCalls(1);
        JsonNode body = MAPPER.readTree(receiver.calls().get(0).body());
        assertThat(body.get("event").asText()).isEqualTo("triage");
        assertThat(body.get("alert").get("id").asLong()).isEqualTo(alert);
        assertThat(body.get("change").get("to_state").asText()).isEqualTo("acknowledged");
        assertThat(body.get("change").get("note").asText()).isEqualTo("on it");
        assertThat(body.get("url").asText()).isEqualTo("https://perf.example.com/api/v1.0/1/alert/" + alert);
    }

    @Test
    void webhooks_are_added_listed_and_deleted_and_bad_ones_refused() {
        RunningServer.Answer added = server.postJson("/api/v1.0/1/webhook/", "{\"url\": \"" + receiver.url() + "\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("secret").asText()).as("a secret is made when none is given").hasSize(48);
        assertThat(added.json().get("events").get(0).asText()).isEqualTo("regression");
        long id = added.json().get("id").asLong();
        JsonNode listed = server.getJson("/api/v1.0/1/webhook/");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("secret").isNull()).as("the secret is shown only once").isTrue();
        assertThat(server.getJson("/api/v1.0/0/webhook/")).as("0 lists every project's").hasSize(1);
        assertThat(server.getJson("/api/v1.0/1/webhook/" + id).get("url").asText()).isEqualTo(receiver.url());
        assertThat(server.postJson("/api/v1.0/1/webhook/", "{\"url\": \"file:///etc/passwd\"}").status())
                .isEqualTo(400);
        RunningServer.Answer badEvents = server.postJson("/api/v1.0/1/webhook/", "{\"url\": \"" + receiver.url()
                + "\", \"events\": [\"everything\"]}");
        assertThat(badEvents.status()).isEqualTo(400);
        assertThat(badEvents.json().get("errors").has("events")).isTrue();
        assertThat(server.postJson("/api/v1.0/0/webhook/", "{\"url\": \"" + receiver.url() + "\"}").status())
                .isEqualTo(400);
        assertThat(server.postJson("/api/v1.0/99/webhook/", "{\"url\": \"" + receiver.url() + "\"}").status())
                .isEqualTo(404);
        assertThat(server.delete("/api/v1.0/1/webhook/" + id).status()).isEqualTo(200);
        assertThat(server.get("/api/v1.0/1/webhook/" + id).status()).isEqualTo(404);
        assertThat(server.get("/api/v1.0/1/notification/?channel=pigeon").status()).isEqualTo(400);
    }

    @Test
    void an_admin_token_limited_to_another_project_may_neither_add_nor_delete_this_projects_webhooks() {
        long other = server.server().database().write(h -> h.createUpdate(
                "INSERT INTO project (name, description) VALUES ('Hooks elsewhere', '')")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        String scoped = Accounts.token(server, Accounts.user(server, "scoped-admin", Role.ADMIN), Role.ADMIN,
                Optional.of(other), Optional.empty());
        long id = server.postJson("/api/v1.0/1/webhook/", "{\"url\": \"" + receiver.url() + "\"}").json().get("id")
                .asLong();
        RunningServer.Answer add = server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/1/webhook/"))
                .header("Authorization", "Bearer " + scoped).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + receiver.url() + "\"}")));
        assertThat(add.status()).as(add.body()).isEqualTo(403);
        RunningServer.Answer delete = server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/0/webhook/" + id))
                .header("Authorization", "Bearer " + scoped).DELETE());
        assertThat(delete.status()).as(delete.body()).isEqualTo(403);
        assertThat(server.getJson("/api/v1.0/1/webhook/")).hasSize(1);
        RunningServer.Answer own = server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/" + other + "/webhook/"))
                .header("Authorization", "Bearer " + scoped).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + receiver.url() + "\"}")));
        assertThat(own.status()).as("its own project's").isEqualTo(201);
        server.delete("/api/v1.0/" + other + "/webhook/" + own.json().get("id").asLong());
    }
}
