package org.perftracker.server.web;

import io.javalin.http.Context;

/** Path parameters that must be numbers, refused with a 400 naming them otherwise. */
public final class Params {
    private Params() {
    }

    public static long id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            long id = Long.parseLong(value);
            if (id < 0) {
                throw ApiException.badRequest(name, "must not be negative, got " + id);
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "must be a number, got '" + abbreviate(value) + "'");
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
