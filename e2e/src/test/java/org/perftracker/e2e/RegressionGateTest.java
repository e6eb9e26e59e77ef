package org.perftracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.client.Main;
import org.perftracker.client.cli.Invocation;
import org.perftracker.server.regression.Nightly;
import org.perftracker.server.testing.Await;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;
import org.perftracker.server.testing.WebhookReceiver;

/**
 * A team's nightly performance CI, end to end: 20 builds of a suite are uploaded to a real server (5 scores per
 * test, 1% noise, login latency +20% from build 12 on); the server finds exactly one shift, at build 12, posts it
 * to the team's webhook, and {@code pt check} fails build 12's job and passes build 11's. On the night build 12
 * lands, before any later build confirms the shift, {@code pt check} already fails it as a suspected regression.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class RegressionGateTest {
    @TempDir
    Path home;

    private static final String TAG = "webapp-1.4";

    @Parameter
    TestDatabase database;

    private RunningServer server;
    private WebhookReceiver webhook;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        server = RunningServer.start(database);
        webhook = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        webhook.close();
        server.close();
    }

    /** Runs {@code pt check} as {@code Main.run} does, with its output and errors kept apart from the server's log. */
    private int check(int build, String... extra) {
        out.getBuffer().setLength(0);
        String[] args = {"check", "--url", server.baseUrl(), "--project", "Default project", "--tag", TAG, "--job",
            Nightly.uuid(TAG, build).toString(), "--wait", "60"};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return Main.run(new Invocation(List.of(all), Map.of(), new PrintWriter(out, true), new PrintWriter(err, true),
                false, home, home));
    }

    private String out() {
        return out.toString();
    }

    private String err() {
        return err.toString();
    }

    @Test
    void a_step_at_build_12_raises_one_alert_notifies_the_team_and_fails_build_12s_check() throws Exception {
        assertThat(server.postJson("/api/v1.0/1/webhook/", "{\"url\": \"" + webhook.url()
                + "\", \"secret\": \"team-secret\"}").status()).isEqualTo(201);
        for (int n = 1; n <= 20; n++) {
            RunningServer.Answer answer = server.upload(Nightly.stepAt(TAG, n, 12));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            if (n == 12) {
                assertThat(check(12)).as("the night it lands: " + out() + err()).isEqualTo(1);
                assertThat(out()).contains("1 suspected regression, not confirmed yet")
                        .contains("SUSPECTED   login latency +");
                assertThat(check(12, "--confirmed-only")).as(out() + err()).isZero();
                assertThat(server.getJson("/api/v1.0/1/alert/").get("data")).as("no alert yet").isEmpty();
            }
        }

        assertThat(check(12)).as(out() + err()).isEqualTo(1);
        assertThat(out()).contains("1 untriaged regression").contains("REGRESSION").contains("login latency +")
                .contains("since build 1.4.0-512");
        assertThat(check(11)).as(out() + err()).isZero();
        assertThat(out()).contains("no untriaged regression");
        assertThat(check(12, "--markdown")).isEqualTo(1);
        assertThat(out()).startsWith("### PerfTracker check: 1 untriaged regression");

        JsonNode alerts = server.getJson("/api/v1.0/1/alert/").get("data");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("job").get("build").asText()).isEqualTo("1.4.0-512");
        assertThat(alerts.get(0).get("direction").asText()).isEqualTo("regression");

        Await.until(Duration.ofSeconds(30), "the webhook call", () -> !webhook.calls().isEmpty());
        WebhookReceiver.Call call = webhook.calls().get(0);
        JsonNode posted = new ObjectMapper().readTree(call.body());
        assertThat(posted.get("alerts").get(0).get("id").asLong()).isEqualTo(alerts.get(0).get("id").asLong());
        assertThat(call.headers().get("x-perftracker-signature")).startsWith("sha256=").hasSize(7 + 64);
        assertThat(webhook.calls()).hasSize(1);

        server.patch("/api/v1.0/1/alert/" + alerts.get(0).get("id").asLong(), "{\"state\": \"acknowledged\"}");
        assertThat(check(12)).as("a triaged regression no longer fails the build").isZero();
    }
}
