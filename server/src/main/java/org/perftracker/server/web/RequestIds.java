package org.perftracker.server.web;

import io.javalin.http.Context;
import java.util.concurrent.ThreadLocalRandom;

/** A short random id per request, sent back as {@code X-Request-Id} and written in the log. */
public final class RequestIds {
    private static final String ATTRIBUTE = "perftracker.requestId";

    private RequestIds() {
    }

    public static void assign(Context ctx) {
        String id = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        ctx.attribute(ATTRIBUTE, id);
        ctx.header("X-Request-Id", id);
    }

    public static String of(Context ctx) {
        Object id = ctx.attribute(ATTRIBUTE);
        return id == null ? "-" : id.toString();
    }
}
