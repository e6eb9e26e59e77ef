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

    /** @return the link when safe, else null: a template attribute with a null value is left out */
    public static String orNull(String link) {
        return safe(link).orElse(null);
    }
}
