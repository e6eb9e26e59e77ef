package org.perftracker.server.auth;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.web.ApiException;

/**
 * The one place that lets a request in or not, before any handler runs: who sent it ({@link Principal}), what
 * it needs ({@link RouteTable}), whether the policy allows it ({@link AccessPolicy}) and, for a write from a
 * browser, whether it carries its CSRF token ({@link Csrf}). A refused request never reaches its handler, so
 * nothing changes: the API answers 401 (with {@code WWW-Authenticate}) or 403, a page sends the browser to the
 * sign-in page and back.
 */
public final class AccessFilter {
    static final String PRINCIPAL = "perftracker.principal";
    private static final String REALM = "Bearer realm=\"PerfTracker\"";

    private final RouteTable table;
    private final AccessPolicy policy;
    private final AuthSettings settings;
    private final TokenService tokens;
    private final SignIn signIn;

    public AccessFilter(RouteTable table, AuthSettings settings, TokenService tokens, SignIn signIn) {
        this.table = table;
        this.policy = new AccessPolicy(settings);
        this.settings = settings;
        this.tokens = tokens;
        this.signIn = signIn;
    }

    public void handle(Context ctx) {
        String method = ctx.method().name();
        Access access = table.classify(method, ctx.path());
        ClientAddress from = ClientAddress.of(ctx, settings.trustedProxies());
        if (access == Access.PUBLIC && RouteTable.isRead(method) && ctx.cookie(Cookies.SESSION) == null
                && ctx.header("Authorization") == null) {
            remember(ctx, Principal.anonymous(from));
            return;
        }
        Principal principal = identify(ctx, from);
        remember(ctx, principal);
        switch (policy.decide(principal, access)) {
            case UNAUTHENTICATED -> {
                refuseUnauthenticated(ctx, access);
                return;
            }
            case FORBIDDEN -> throw new ApiException(403, "Not allowed: this needs the role " + access.role().word()
                    + " and " + principal.username() + " is " + principal.role().orElseThrow().word());
            case ALLOW -> {
            }
        }
        if (!RouteTable.isRead(method) && Csrf.required(ctx, principal) && !Csrf.valid(ctx, principal)) {
            throw new ApiException(403, "This form or request came without its CSRF token, or with an old one:"
                    + " reload the page and send it again");
        }
        principal.token().ifPresent(tokens::used);
    }

    /** @return who sent this request; anonymous before the filter ran (it always runs for routed requests) */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        return p != null ? p : Principal.anonymous(new ClientAddress(ctx.req().getRemoteAddr(), false, false));
    }

    private static void remember(Context ctx, Principal principal) {
        ctx.attribute(PRINCIPAL, principal);
        ctx.attribute(Actor.ATTRIBUTE, principal.actor());
    }

    private Principal identify(Context ctx, ClientAddress from) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            return fromAuthorization(ctx, authorization.trim(), from);
        }
        String cookie = Cookies.get(ctx, Cookies.SESSION);
        if (cookie != null) {
            Optional<SessionRepository.Session> session = signIn.session(cookie);
            if (session.isPresent()) {
                return Principal.session(session.get().user(), session.get().csrfToken(), from);
            }
            Cookies.clear(ctx, Cookies.SESSION, from.https());
        }
        return Principal.anonymous(from);
    }

    /**
     * {@code Bearer TOKEN}, or {@code Basic base64(name:TOKEN)} as perftrackerlib sends the credentials of
     * {@code http://name:TOKEN@host:9000} (the name is not checked: the token says who it is). A password is
     * never accepted here: passwords are for the sign-in page, where failures are counted.
     */
    private Principal fromAuthorization(Context ctx, String authorization, ClientAddress from) {
        int space = authorization.indexOf(' ');
        String scheme = (space < 0 ? authorization : authorization.substring(0, space)).toLowerCase(Locale.ROOT);
        String value = space < 0 ? "" : authorization.substring(space + 1).trim();
        String token;
        if (scheme.equals("bearer")) {
            token = value;
        } else if (scheme.equals("basic")) {
            token = basicPassword(value);
        } else {
            throw unauthenticated(ctx, "the Authorization header must be 'Bearer TOKEN' or HTTP Basic with the token"
                    + " as the password");
        }
        return tokens.verify(token).map(v -> Principal.token(v, scheme.equals("bearer"), from))
                .orElseThrow(() -> unauthenticated(ctx, "the API token is unknown, revoked or expired"));
    }

    private static String basicPassword(String value) {
        try {
            String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? "" : decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void refuseUnauthenticated(Context ctx, Access access) {
        if (ctx.path().startsWith("/api/")) {
            throw unauthenticated(ctx, access == Access.READ
                    ? "Sign in or send an API token to read this server"
                    : "This needs an API token: send 'Authorization: Bearer TOKEN' (pt --token, PT_TOKEN) or put it"
                            + " in the URL as http://name:TOKEN@host:port/");
        }
        String back = RouteTable.isRead(ctx.method().name())
                ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString())
                : sameSiteReferer(ctx);
        ctx.redirect("/signin?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8),
                RouteTable.isRead(ctx.method().name()) ? HttpStatus.FOUND : HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    /** @return the path of the page a refused form was on, or the home page */
    private static String sameSiteReferer(Context ctx) {
        String referer = ctx.header("Referer");
        if (referer != null) {
            try {
                java.net.URI uri = java.net.URI.create(referer);
                if (uri.getHost() != null && uri.getHost().equalsIgnoreCase(ctx.req().getServerName())
                        && uri.getRawPath() != null) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                return "/";
            }
        }
        return "/";
    }

    private static ApiException unauthenticated(Context ctx, String message) {
        ctx.header("WWW-Authenticate", REALM);
        return new ApiException(401, "Not signed in: " + message);
    }
}
