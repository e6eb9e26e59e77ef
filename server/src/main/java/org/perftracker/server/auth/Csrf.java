package org.perftracker.server.auth;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Protection against other sites making a browser write here. Every write a browser sends must carry a token
 * the pages hold: the form field {@value #FIELD} (the shared partial {@code page/csrf.jte} writes it) or the header
 * {@value #HEADER} (pt.js adds it to every {@code fetch()} to this server). The token is the session's, or, before
 * signing in, the random {@value Cookies#CSRF} cookie's (the sign-in form and anonymous writes on loopback need
 * it too). Requests that no browser would send by itself are exempt: those with an {@code Authorization: Bearer}
 * token, and those without cookies, {@code Origin} and {@code Sec-Fetch-Site} (curl, pt, perftrackerlib).
 */
public final class Csrf {
    public static final String FIELD = "csrf_token";
    public static final String HEADER = "X-CSRF-Token";
    private static final String GIVEN = "perftracker.csrf";
    private static final int COOKIE_DAYS = 7;

    private Csrf() {
    }

    /** @return whether this write must carry the token */
    static boolean required(Context ctx, Principal principal) {
        if (principal.bearer()) {
            return false;
        }
        return ctx.header("Origin") != null || ctx.header("Sec-Fetch-Site") != null
                || ctx.cookie(Cookies.SESSION) != null || ctx.cookie(Cookies.CSRF) != null;
    }

    /** @return whether the request carries the token its browser was given */
    static boolean valid(Context ctx, Principal principal) {
        String expected = principal.sessionCsrf().orElseGet(() -> Cookies.get(ctx, Cookies.CSRF));
        if (expected == null) {
            return false;
        }
        String sent = ctx.header(HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam(FIELD);
        }
        return sent != null && Secrets.same(sent, expected);
    }

    /** @return the token for the forms of a page: the session's, or the cookie's (set now if missing) */
    static String forPage(Context ctx, Principal principal) {
        if (principal.sessionCsrf().isPresent()) {
            return principal.sessionCsrf().get();
        }
        String given = ctx.attribute(GIVEN);
        if (given != null) {
            return given;
        }
        String cookie = Cookies.get(ctx, Cookies.CSRF);
        if (cookie == null) {
            cookie = Secrets.random(32);
            Cookies.set(ctx, Cookies.CSRF, cookie, COOKIE_DAYS * 86_400L, principal.from().https());
        }
        ctx.attribute(GIVEN, cookie);
        return cookie;
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }
}
