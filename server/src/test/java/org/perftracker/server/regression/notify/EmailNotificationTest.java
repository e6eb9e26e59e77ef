package org.perftracker.server.regression.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.regression.Nightly;
import org.perftracker.server.testing.Await;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** Alert e-mails through a real SMTP server on loopback (GreenMail). */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class EmailNotificationTest {
    @Parameter
    TestDatabase database;

    private static GreenMail smtp;
    private static RunningServer server;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        server = RunningServer.start(db.create(), c -> c.withNotifications(Notifications.defaults()
                .withSmtp("127.0.0.1", smtp.getSmtp().getPort(), "perftracker@example.com",
                        List.of("team@example.com", "lead@example.com"))
                .withPublicUrl("https://perf.example.com").withRetries(200, 3)));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
        smtp.stop();
    }

    @Test
    void an_upload_that_raises_an_alert_sends_one_e_mail_to_the_team() throws Exception {
        String tag = "mail-" + database.name().toLowerCase(java.util.Locale.ROOT);
        for (int n = 1; n <= 20; n++) {
            assertThat(server.upload(Nightly.stepAt(tag, n, 12)).status()).isEqualTo(200);
        }
        Await.until(Duration.ofSeconds(30), "one message to each of two recipients",
                () -> smtp.getReceivedMessages().length == 2);
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).matches("\\[PerfTracker] 1 regression in " + tag + " \\(Default project\\):"
                + " login latency \\+(19|20|21)% \\(p < 0\\.001\\) since build 1\\.4\\.0-512");
        assertThat(message.getFrom()[0].toString()).isEqualTo("perftracker@example.com");
        assertThat(message.getAllRecipients()).extracting(Object::toString)
                .containsExactly("team@example.com", "lead@example.com");
        String text = GreenMailUtil.getBody(message);
        assertThat(text).contains("REGRESSION: login latency +").contains("https://perf.example.com/api/v1.0/1/alert/");

        Await.until(Duration.ofSeconds(10), "the e-mail to be logged as delivered", () -> {
            JsonNode log = server.getJson("/api/v1.0/1/notification/?channel=email").get("data");
            return log.size() == 1 && log.get(0).get("status").asText().equals("delivered");
        });
        JsonNode logged = server.getJson("/api/v1.0/1/notification/?channel=email").get("data").get(0);
        assertThat(logged.get("payload").get("subject").asText()).isEqualTo(message.getSubject());
        assertThat(logged.get("payload").get("to")).hasSize(2);
    }
}
