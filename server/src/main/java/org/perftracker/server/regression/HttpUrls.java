package org.perftracker.server.regression;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.perftracker.server.web.ApiException;

/** Checks the http(s) URLs users give (webhooks, bug links), refusing others with a 400 naming the field. */
public final class HttpUrls {
    private static final int MAX_LENGTH = 2000;

    private HttpUrls() {
    }

    /** @return the URL, trimmed; a 400 unless it is an http:// or https:// URL with a host */
    public static String check(String field, String url) {
        String trimmed = url.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw ApiException.badRequest(field, "must be at most " + MAX_LENGTH + " characters");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw ApiException.badRequest(field, "must be an http:// or https:// URL with a host");
            }
        } catch (URISyntaxException e) {
            throw ApiException.badRequest(field, "is not a URL: " + e.getMessage());
        }
        return trimmed;
    }
}
