package org.perftracker.server.page;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message shown once on the page a form redirects to ("OK, job 17 has been created"), carried by a short-lived
 * cookie so that any server node can show it. Its text is data: the layout escapes it like any other.
 *
 * <p>A cookie holds about 4 KB, so a flash keeps at most {@value #MAX_DETAILS} details of
 * {@value #MAX_TEXT} characters each, and says how many more there were.
 *
 * @param kind {@code ok} or {@code error}; the page colours it and says it in words
 * @param link a path on this server the message refers to (e.g. the uploaded job), or empty
 */
public record Flash(String kind, String message, List<String> details, String link) {
    static final String COOKIE = "pt_flash";
    static final int MAX_DETAILS = 8;
    static final int MAX_TEXT = 240;
    private static final char SEPARATOR = '\n';

    public Flash {
        kind = "error".equals(kind) ? "error" : "ok";
        message = clip(message);
        details = bounded(details);
        link = link == null || !link.startsWith("/") || link.startsWith("//") ? "" : clip(link);
    }

    public static Flash ok(String message, String link) {
        return new Flash("ok", message, List.of(), link);
    }

    public static Flash error(String message, List<String> details) {
        return new Flash("error", message, details, "");
    }

    public boolean isError() {
        return kind.equals("error");
    }

    /** Sets the flash for the next page this browser loads. */
    public void send(Context ctx) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + encode() + "; Path=/; Max-Age=120; HttpOnly; SameSite=Lax");
    }

    /** @return the flash sent with this request, if any, and tells the browser to forget it */
    public static Optional<Flash> take(Context ctx) {
        String value = ctx.cookie(COOKIE);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        return decode(value);
    }

    String encode() {
        StringBuilder text = new StringBuilder(kind).append(SEPARATOR).append(link).append(SEPARATOR).append(message);
        details.forEach(d -> text.append(SEPARATOR).append(d));
        return URLEncoder.encode(text.toString(), StandardCharsets.UTF_8);
    }

    static Optional<Flash> decode(String cookie) {
        String text;
        try {
            text = URLDecoder.decode(cookie, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String[] parts = text.split(String.valueOf(SEPARATOR), -1);
        if (parts.length < 3) {
            return Optional.empty();
        }
        return Optional.of(new Flash(parts[0], parts[2], List.of(parts).subList(3, parts.length), parts[1]));
    }

    /** Keeps all details when one more line would be needed to say how many were left out. */
    private static List<String> bounded(List<String> details) {
        List<String> all = details == null ? List.of() : details;
        List<String> kept = new ArrayList<>();
        for (String d : all.size() <= MAX_DETAILS + 1 ? all : all.subList(0, MAX_DETAILS)) {
            kept.add(clip(d));
        }
        if (all.size() > MAX_DETAILS + 1) {
            kept.add("… and " + (all.size() - MAX_DETAILS) + " more");
        }
        return List.copyOf(kept);
    }

    private static String clip(String text) {
        String oneLine = text == null ? "" : text.replace(SEPARATOR, ' ').replace('\r', ' ');
        return oneLine.length() > MAX_TEXT ? oneLine.substring(0, MAX_TEXT - 1) + "…" : oneLine;
    }
}
