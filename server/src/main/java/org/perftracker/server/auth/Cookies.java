package org.perftracker.server.auth;

import io.javalin.http.Context;

/** The server's own cookies: HttpOnly, SameSite=Lax, and Secure when the browser speaks HTTPS. */
final class Cookies {
    static final String SESSION = "pt_session";
    static final String CSRF = "pt_csrf";

    private Cookies() {
    }

    static void set(Context ctx, String name, String value, long maxAgeSeconds, boolean https) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax" + (https ? "; Secure" : ""));
    }

    static void clear(Context ctx, String name, boolean https) {
        set(ctx, name, "", 0, https);
    }

    /** @return the cookie's value if it looks like one of ours (URL-safe Base64), else null */
    static String get(Context ctx, String name) {
        String value = ctx.cookie(name);
        return value != null && value.matches("[A-Za-z0-9_-]{20,100}") ? value : null;
    }
}
