package org.perftracker.server.regression.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.perftracker.core.Version;

/**
 * Posts a notification to a webhook: the JSON body, signed with the webhook's secret in
 * {@code X-PerfTracker-Signature: sha256=<hex HMAC-SHA256 of the body>}, with the event and the delivery id in
 * {@code X-PerfTracker-Event} and {@code X-PerfTracker-Delivery}. Any 2xx answer is a delivery; a 4xx other than
 * 408 and 429 will not change by retrying; redirects are not followed.
 */
final class WebhookSender {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    NotificationRepository.Attempt send(String url, String secret, String event, long deliveryId, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "PerfTracker/" + Version.get())
                .header("X-PerfTracker-Event", event)
                .header("X-PerfTracker-Delivery", Long.toString(deliveryId))
                .header("X-PerfTracker-Signature", signature(secret, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = answer.statusCode();
            if (status >= 200 && status < 300) {
                return new NotificationRepository.Attempt(true, false, status, "");
            }
            boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
            String text = answer.body().length() > 200 ? answer.body().substring(0, 200) + "…" : answer.body();
            return new NotificationRepository.Attempt(false, permanent, status, "HTTP " + status + ": " + text);
        } catch (IOException e) {
            return new NotificationRepository.Attempt(false, false, null, e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NotificationRepository.Attempt(false, false, null, "interrupted: the server is stopping");
        }
    }

    /** @return {@code sha256=} and the lower-case hex HMAC-SHA256 of the body keyed with the secret's UTF-8 bytes */
    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
