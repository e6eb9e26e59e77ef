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
 * retries with the {@link RetryPolicy#standard() standard} policy. Credentials may also come in the URL, as
 * perftrackerlib users write them: {@code ClientSettings.of("http://ci:pt_…@perf.example.com:9000")} sends
 * {@code Authorization: Basic base64("ci:pt_…")}, and the URL shown in messages and links has no credentials.
 *
 * @param url the server's base URL, without credentials or a trailing slash, e.g. {@code http://127.0.0.1:9000}
 * @param token an API token, sent as {@code Authorization: Bearer <token>} when present; it wins over
 *     {@code urlCredentials}
 * @param urlCredentials the {@code name:token} of the URL, sent as HTTP Basic when there is no token
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for an answer to one attempt
 */
public record ClientSettings(URI url, Optional<String> token, Optional<String> urlCredentials,
        Duration connectTimeout, Duration requestTimeout, RetryPolicy retry) {

    /** The URL the reference client uses by default. */
    public static final String DEFAULT_URL = "http://127.0.0.1:9000";

    public ClientSettings {
        Objects.requireNonNull(url, "url");
        token = Objects.requireNonNullElse(token, Optional.<String>empty()).filter(t -> !t.isBlank());
        urlCredentials = Objects.requireNonNullElse(urlCredentials, Optional.<String>empty())
                .filter(c -> !c.isBlank());
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
        URI full = normalise(url);
        Optional<String> credentials = Optional.ofNullable(full.getRawUserInfo()).map(ClientSettings::decode);
        return new ClientSettings(withoutUserInfo(full), Optional.empty(), credentials, Duration.ofSeconds(5),
                Duration.ofSeconds(60), RetryPolicy.standard());
    }

    public ClientSettings withToken(String value) {
        return new ClientSettings(url, Optional.ofNullable(value), urlCredentials, connectTimeout, requestTimeout,
                retry);
    }

    public ClientSettings withTimeouts(Duration connect, Duration request) {
        return new ClientSettings(url, token, urlCredentials, connect, request, retry);
    }

    public ClientSettings withRetry(RetryPolicy value) {
        return new ClientSettings(url, token, urlCredentials, connectTimeout, requestTimeout, value);
    }

    /** @return the {@code Authorization} header to send: Bearer with the token, else Basic with the URL's */
    public Optional<String> authorization() {
        if (token.isPresent()) {
            return Optional.of("Bearer " + token.get());
        }
        return urlCredentials.map(c -> "Basic " + java.util.Base64.getEncoder()
                .encodeToString(c.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String decode(String userInfo) {
        return java.net.URLDecoder.decode(userInfo.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        return URI.create(uri.toString().replaceFirst("//[^@/]*@", "//"));
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
