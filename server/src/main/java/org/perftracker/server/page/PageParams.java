package org.perftracker.server.page;

import io.javalin.http.Context;
import org.perftracker.server.web.ApiException;

/** Ids in page paths: what is not a number names no page, so it is "not found" rather than a bad request. */
public final class PageParams {
    private PageParams() {
    }

    public static long id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            long id = Long.parseLong(value);
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw ApiException.notFound("There is no page " + ctx.path());
    }
}
