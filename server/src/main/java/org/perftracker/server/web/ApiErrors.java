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
 */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(InvalidUploadException.class, (e, ctx) ->
                answer(ctx, 400, e.getMessage(), e.errors()));
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage(), e.errors()));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                answer(ctx, e.getStatus(), e.getMessage(), Map.of()));
        routes.exception(Exception.class, (e, ctx) -> {
            String id = RequestIds.of(ctx);
            LOG.error("request {} {} {} failed", id, ctx.method(), ctx.path(), e);
            answer(ctx, 500, "Internal server error (request id " + id + "); the server log has the details",
                    Map.of());
        });
    }

    static void answer(Context ctx, int status, String message, Map<String, List<String>> errors) {
        ctx.status(status).json(new ErrorBody(message, errors));
    }
}
