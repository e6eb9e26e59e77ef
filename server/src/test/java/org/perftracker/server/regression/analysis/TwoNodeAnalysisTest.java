package org.perftracker.server.regression.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.PerfTrackerServer;
import org.perftracker.server.regression.Nightly;
import org.perftracker.server.testing.Await;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;
import org.perftracker.server.testing.WebhookReceiver;

/** Two server nodes on one PostgreSQL database share the analysis queue and the notifications. */
class TwoNodeAnalysisTest {
    private static final List<String> TAGS = List.of("a-1.0", "b-1.0", "c-1.0", "d-1.0");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void uploads_through_both_nodes_raise_each_alert_once_and_post_it_once() throws Exception {
        try (RunningServer first = RunningServer.start(TestDatabase.POSTGRESQL);
             WebhookReceiver receiver = new WebhookReceiver()) {
            PerfTrackerServer second = RunningServer.startAnotherNode(first);
            try {
                assertThat(first.postJson("/api/v1.0/1/webhook/", "{\"url\": \"" + receiver.url() + "\"}").status())
                        .isEqualTo(201);
                for (int n = 1; n <= 20; n++) {
                    for (int t = 0; t < TAGS.size(); t++) {
                        byte[] body = new UploadWriter(new com.fasterxml.jackson.databind.ObjectMapper())
                                .toBytes(Nightly.stepAt(TAGS.get(t), n, 12));
                        String node = (n + t) % 2 == 0 ? first.baseUrl() : second.baseUrl();
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                                URI.create(node + "/api/v1.0/1/job/")).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                    }
                }
                for (String tag : TAGS) {
                    Await.until(Duration.ofSeconds(60), "the analysis of " + tag, () -> first.getJson(
                            "/api/v1.0/1/check/?tag=" + tag + "&job=" + Nightly.uuid(tag, 20)).get("analysed")
                            .asBoolean());
                }
                Map<String, Integer> alerts = new HashMap<>();
                first.getJson("/api/v1.0/1/alert/?length=100").get("data").forEach(a -> alerts.merge(
                        a.get("regression").get("tag").asText() + " " + a.get("job").get("build").asText(), 1,
                        Integer::sum));
                assertThat(alerts).containsOnlyKeys(TAGS.stream().map(t -> t + " 1.4.0-512").toList())
                        .allSatisfy((k, count) -> assertThat(count).isEqualTo(1));
                Await.until(Duration.ofSeconds(30), "a webhook call per regression",
                        () -> receiver.calls().size() >= TAGS.size());
                Await.until(Duration.ofSeconds(10), "every delivery to be logged", () -> first.getJson(
                        "/api/v1.0/1/notification/").get("data").findValuesAsText("status").stream()
                        .allMatch("delivered"::equals));
                assertThat(receiver.calls()).as("each notification is posted by one node only").hasSize(TAGS.size());
            } finally {
                second.stop();
            }
        }
    }
}
