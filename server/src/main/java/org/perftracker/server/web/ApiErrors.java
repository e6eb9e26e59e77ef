package org.perftracker.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import org.perftracker.core.upload.InvalidUploadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure of a request into an answer: refused input becomes a 4xx JSON body naming the problem,
 * anything unexpected a 500 that carries the request id (and the log its stack trace), never the trace itself.
 * Requests for pages (outside {@code /api/}) get the same answer as an HTML page.
 */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    public static void register(RoutesConfig routes, ErrorPage pages) {
        routes.exception(InvalidUploadException.class, (e, ctx) ->
                answer(ctx, pages, 400, e.getMessage(), e.errors()));
        routes.exception(ApiException.class, (e, ctx) ->
                answer(ctx, pages, e.status(), e.getMessage(), e.errors()));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                answer(ctx, pages, e.getStatus(), e.getMessage(), Map.of()));
        routes.exception(jakarta.servlet.ServletException.class, (e, ctx) -> malformedRequest(e, ctx, pages));
        routes.exception(org.eclipse.jetty.http.BadMessageException.class,
                (e, ctx) -> malformedRequest(e, ctx, pages));
        routes.exception(Exception.class, (e, ctx) -> {
            String id = RequestIds.of(ctx);
            LOG.error("request {} {} {} failed", id, ctx.method(), ctx.path(), e);
            answer(ctx, pages, 500, "Internal server error (request id " + id + "); the server log has the details",
                    Map.of());
        });
    }

    /** A request Jetty could not read (a broken or oversized multipart body): the client's fault, said so. */
    private static void malformedRequest(Exception e, Context ctx, ErrorPage pages) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("max file size exceeded") || message.contains("max request size exceeded")
                    || message.contains("max length exceeded")) {
                answer(ctx, pages, 413, "the uploaded file is larger than the server accepts (" + message
                        + "); raise the server's --max-artifact-mb to accept it", Map.of());
                return;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException bad) {
                Throwable detail = bad.getCause() != null ? bad.getCause() : bad;
                answer(ctx, pages, bad.getCode(), "the request could not be read: " + detail.getMessage(), Map.of());
                return;
            }
        }
        LOG.error("request {} {} {} failed", RequestIds.of(ctx), ctx.method(), ctx.path(), e);
        answer(ctx, pages, 500, "Internal server error (request id " + RequestIds.of(ctx) + ")", Map.of());
    }

    static void answer(Context ctx, ErrorPage pages, int status, String message, Map<String, List<String>> errors) {
        if (isApi(ctx)) {
            ctx.status(status).json(new ErrorBody(message, errors));
            return;
        }
        try {
            pages.render(ctx, status, message, errors);
        } catch (RuntimeException e) {
            LOG.error("request {}: the error page failed too", RequestIds.of(ctx), e);
            ctx.status(status).contentType("text/plain; charset=utf-8").result(message);
        }
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
