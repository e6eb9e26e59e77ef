package org.perftracker.server.auth;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.UserSlot;

/** The corner of every page: the signed-in user (and the admin pages for an admin), or "Sign in". */
public final class AccountSlot implements UserSlot {
    @Override
    public Optional<SignedIn> current(Context ctx) {
        Principal p = AccessFilter.principal(ctx);
        if (p.isAnonymous()) {
            return Optional.empty();
        }
        Role role = p.role().orElseThrow();
        List<Layout.Link> links = role == Role.ADMIN
                ? List.of(new Layout.Link("Admin", AdminPages.HOME, ctx.path().startsWith("/admin/")))
                : List.of();
        String name = p.kind() == Principal.Kind.TOKEN ? p.username() + " (token)" : p.username();
        return Optional.of(new SignedIn(name, "/account/", links));
    }

    @Override
    public String csrfToken(Context ctx) {
        return Csrf.forPage(ctx, AccessFilter.principal(ctx));
    }

    @Override
    public String signInHref(Context ctx) {
        if (ctx.path().equals("/signin")) {
            return "";
        }
        String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        return "/signin?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }
}
