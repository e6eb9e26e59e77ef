package org.perftracker.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the server is and how to talk to it.
 *
 * <p>{@code ClientSettings.of("http://perf.example.com:9000").withToken("pt_…")} talks to that server with the
 * token in an {@code Authorization: Bearer} header, connects within 5 s, waits up to 60 s for an answer and
 * retries with the {@link RetryPolicy#standard() standard} policy.
 *
 * @param url the server's base URL, without a trailing slash, e.g. {@code http://127.0.0.1:9000}
 * @param token an API token, sent as {@code Authorization: Bearer <token>} when present
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for an answer to one attempt
 */
public record ClientSettings(URI url, Optional<String> token, Duration connectTimeout, Duration requestTimeout,
        RetryPolicy retry) {

    /** The URL the reference client uses by default. */
    public static final String DEFAULT_URL = "http://127.0.0.1:9000";

    public ClientSettings {
        Objects.requireNonNull(url, "url");
        token = Objects.requireNonNullElse(token, Optional.<String>empty()).filter(t -> !t.isBlank());
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retry, "retry");
    }

    /**
     * @param url {@code http://host:port} or {@code host:port} (then http is assumed), with or without a trailing
     *     slash
     * @throws IllegalArgumentException when it is not an http or https URL
     */
    public static ClientSettings of(String url) {
        return new ClientSettings(normalise(url), Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(60),
                RetryPolicy.standard());
    }

    public ClientSettings withToken(String value) {
        return new ClientSettings(url, Optional.ofNullable(value), connectTimeout, requestTimeout, retry);
    }

    public ClientSettings withTimeouts(Duration connect, Duration request) {
        return new ClientSettings(url, token, connect, request, retry);
    }

    public ClientSettings withRetry(RetryPolicy value) {
        return new ClientSettings(url, token, connectTimeout, requestTimeout, value);
    }

    /** @return the base URL as text, e.g. {@code http://127.0.0.1:9000} */
    public String baseUrl() {
        return url.toString();
    }

    static URI normalise(String url) {
        String u = Objects.requireNonNull(url, "url").trim();
        if (!u.contains("://")) {
            u = "http://" + u;
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(u);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getMessage(), e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' is not an http or https URL, e.g. "
                    + DEFAULT_URL);
        }
        return uri;
    }
}
