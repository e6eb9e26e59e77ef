package org.perftracker.server.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perftracker.server.web.ErrorPage;
import org.perftracker.server.web.RequestIds;

/**
 * The HTML answer of a page that failed: "Not found" with what was missing, a refused request with its problems,
 * or, for a server error, only the request id to look up in the log (never a stack trace).
 */
public final class ErrorPages implements ErrorPage {
    private final Templates templates;
    private final Layouts layouts;

    public ErrorPages(Templates templates, Layouts layouts) {
        this.templates = templates;
        this.layouts = layouts;
    }

    /** The error page's view. */
    public record View(Layout layout, int status, String heading, String message, List<String> details,
            String requestId) {
    }

    @Override
    public void render(Context ctx, int status, String message, Map<String, List<String>> errors) {
        String requestId = RequestIds.of(ctx);
        String heading = switch (status) {
            case 404 -> "Not found";
            case 413 -> "Too large";
            default -> status >= 500 ? "Server error" : "Cannot do that";
        };
        String text = status >= 500
                ? "Something went wrong on the server. The log has the details under request id " + requestId + "."
                : message;
        List<String> details = new ArrayList<>();
        errors.forEach((field, problems) -> problems.forEach(p -> details.add(field + ": " + p)));
        ctx.status(status);
        templates.render(ctx, "page/error.jte",
                new View(layouts.bare(heading), status, heading, text, details, requestId));
    }
}
