package org.perftracker.server.artifact;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Content types of artifacts: guessed from file names, and which of them may be shown in the browser. */
final class MimeTypes {
    static final String BINARY = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("txt", "text/plain"), Map.entry("log", "text/plain"), Map.entry("out", "text/plain"),
            Map.entry("csv", "text/csv"), Map.entry("json", "application/json"), Map.entry("xml", "text/xml"),
            Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("gz", "application/gzip"), Map.entry("bz2", "application/x-bzip2"),
            Map.entry("zip", "application/zip"), Map.entry("jfr", BINARY));

    /** Types a browser renders without running anything: safe to show inline from our own origin. */
    private static final Set<String> SAFE_INLINE = Set.of("text/plain", "text/csv", "application/json",
            "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf");

    private MimeTypes() {
    }

    static String guess(String filename) {
        int dot = filename.lastIndexOf('.');
        if (dot >= 0) {
            String known = BY_EXTENSION.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (known != null) {
                return known;
            }
        }
        String guessed = URLConnection.guessContentTypeFromName(filename);
        return guessed == null ? BINARY : guessed;
    }

    /** HTML, SVG, scripts and anything unknown are only ever downloaded, never rendered from our origin. */
    static boolean isSafeInline(String mime) {
        return SAFE_INLINE.contains(baseType(mime));
    }

    static String baseType(String mime) {
        int semicolon = mime.indexOf(';');
        return (semicolon >= 0 ? mime.substring(0, semicolon) : mime).trim().toLowerCase(Locale.ROOT);
    }
}
