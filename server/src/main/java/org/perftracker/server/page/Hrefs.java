package org.perftracker.server.page;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which uploaded links a page may turn into anchors. A link is data: {@code javascript:alert(1)} must stay text,
 * so only web and mail addresses and paths on this server become {@code href}s.
 */
public final class Hrefs {
    private static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "mailto");

    private Hrefs() {
    }

    /** @return the link when it is safe to follow, else empty (show it as text) */
    public static Optional<String> safe(String link) {
        if (link == null) {
            return Optional.empty();
        }
        String trimmed = link.strip();
        if (trimmed.isEmpty() || trimmed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        if (trimmed.startsWith("/")) {
            return trimmed.startsWith("//") || trimmed.startsWith("/\\") ? Optional.empty() : Optional.of(trimmed);
        }
        try {
            String scheme = new URI(trimmed).getScheme();
            return scheme != null && SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))
                    ? Optional.of(trimmed) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * @return the path when it is a page of this server, to send the browser back to after a form (a form's
     *     {@code back} field): a path only, never another site ({@code //host}, a backslash or a control character,
     *     which browsers drop or read as a slash, would leave it)
     */
    public static Optional<String> localPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.length() > 2000
                || path.chars().anyMatch(c -> c <= ' ' || c == '\\' || c == 0x7f)) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** @return the link when safe, else null: a template attribute with a null value is left out */
    public static String orNull(String link) {
        return safe(link).orElse(null);
    }
}
