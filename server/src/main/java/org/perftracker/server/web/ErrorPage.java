package org.perftracker.server.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** Answers a failed request for a page (anything outside {@code /api/}) with HTML instead of JSON. */
@FunctionalInterface
public interface ErrorPage {
    /**
     * @param message what went wrong, in words for the reader
     * @param errors problems by field, as the API would list them
     */
    void render(Context ctx, int status, String message, Map<String, List<String>> errors);
}
