package org.perftracker.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.perftracker.core.Version;

/** Sends requests with the settings' timeouts and token, retrying connection errors and 5xx answers. */
final class Sender {
    /** Waits between attempts; tests replace it to see the waits without waiting. */
    interface Sleeper {
        Sleeper REAL = d -> Thread.sleep(d.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    private final ClientSettings settings;
    private final Sleeper sleeper;
    private volatile HttpClient http;

    Sender(ClientSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.requestTimeout())
                .header("User-Agent", "pt/" + Version.get())
                .header("Accept", "application/json");
        settings.authorization().ifPresent(a -> b.header("Authorization", a));
        return b;
    }

    /**
     * @param what what the request does, for messages: "upload the job"
     * @return the first answer below 500
     * @throws RequestRefusedException for a 4xx answer
     * @throws ServerUnreachableException when every attempt failed to connect or got a 5xx
     */
    HttpResponse<byte[]> send(String what, HttpRequest.Builder builder) {
        return exchange(what, builder, HttpResponse.BodyHandlers.ofByteArray(), body -> body);
    }

    /**
     * As {@link #send}, for an answer read as it arrives (a download): its body is a stream the caller closes. An
     * error answer is read whole, as it is short.
     */
    HttpResponse<InputStream> stream(String what, HttpRequest.Builder builder) {
        HttpResponse.BodyHandler<InputStream> handler = info -> info.statusCode() < 400
                ? HttpResponse.BodySubscribers.ofInputStream()
                : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(),
                        ByteArrayInputStream::new);
        return exchange(what, builder, handler, Sender::readAll);
    }

    private <T> HttpResponse<T> exchange(String what, HttpRequest.Builder builder, HttpResponse.BodyHandler<T> handler,
            Function<T, byte[]> errorBody) {
        HttpRequest request = builder.build();
        RetryPolicy retry = settings.retry();
        String reason = "";
        IOException lastError = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            Duration retryAfter = null;
            try {
                HttpResponse<T> answer = client().send(request, handler);
                int status = answer.statusCode();
                if (status < 400) {
                    return answer;
                }
                byte[] body = errorBody.apply(answer.body());
                if (status < 500) {
                    throw refusal(status, body);
                }
                reason = "HTTP " + status + " " + messageOf(body);
                retryAfter = retryAfter(answer).orElse(null);
            } catch (IOException e) {
                lastError = e;
                reason = describe(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PerfTrackerException("interrupted while trying to " + what, e);
            }
            if (attempt < retry.attempts()) {
                pause(retry.backoff(attempt, retryAfter), what);
            }
        }
        throw new ServerUnreachableException("cannot " + what + " at " + settings.baseUrl() + ": " + reason.trim()
                + (retry.attempts() > 1 ? " (tried " + retry.attempts() + " times)" : ""), retry.attempts(),
                lastError);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private void pause(Duration wait, String what) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PerfTrackerException("interrupted while waiting to " + what + " again", e);
        }
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(settings.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                }
                c = http;
            }
        }
        return c;
    }

    private String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection within " + seconds(settings.connectTimeout());
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + seconds(settings.requestTimeout());
        }
        if (e instanceof ConnectException) {
            String cause = e.getCause() == null ? null : e.getCause().getMessage();
            String m = e.getMessage() != null ? e.getMessage() : cause;
            return m == null || m.isBlank() ? "connection refused" : "cannot connect (" + m + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private RequestRefusedException refusal(int status, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        JsonNode json = Json.readOrNull(text);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (json != null && json.path("errors").isObject()) {
            json.path("errors").properties().forEach(e -> {
                List<String> messages = new ArrayList<>();
                if (e.getValue().isArray()) {
                    e.getValue().forEach(m -> messages.add(m.asText()));
                } else {
                    messages.add(e.getValue().asText());
                }
                errors.put(e.getKey(), messages);
            });
        }
        return new RequestRefusedException(status, "HTTP " + status + ": " + messageOf(body) + hint(status), errors);
    }

    /** @return what to do about a refusal of the credentials, for the one line {@code pt} prints */
    private String hint(int status) {
        boolean sentSome = settings.authorization().isPresent();
        if (status == 401) {
            return sentSome ? " (the token was not accepted: it may be mistyped, revoked or expired)"
                    : " (pass an API token with --token or PT_TOKEN)";
        }
        if (status == 403 && sentSome) {
            return " (the token's role or project does not allow this; ask an administrator)";
        }
        return "";
    }

    /** @return the {@code message} of a JSON answer, else the start of its text */
    static String messageOf(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        JsonNode json = Json.readOrNull(text);
        if (json != null && json.path("message").isTextual()) {
            return json.path("message").asText();
        }
        return abbreviate(text);
    }

    static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> answer) {
        return answer.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v.trim())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
