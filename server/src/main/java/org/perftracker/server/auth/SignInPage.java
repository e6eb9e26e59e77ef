package org.perftracker.server.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.perftracker.server.page.Flash;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.Templates;
import org.perftracker.server.web.ApiException;

/**
 * {@code /signin} (the form, and its post), {@code /signout}, and {@code /account/}: one's own role, sessions
 * and password. After signing in the browser goes back where it was sent from ({@code ?next=}, a path on this
 * server only).
 */
public final class SignInPage {
    private final SignIn signIn;
    private final UserService users;
    private final Layouts layouts;
    private final Templates templates;

    public SignInPage(SignIn signIn, UserService users, Layouts layouts, Templates templates) {
        this.signIn = signIn;
        this.users = users;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The sign-in page's view; {@code problem} is what went wrong with the last try. */
    public record View(Layout layout, String next, String username, String problem) {
    }

    /** The account page's view. */
    public record AccountView(Layout layout, String username, String role, boolean local, boolean token,
            String problem) {
    }

    public void register(RoutesConfig routes) {
        routes.get("/signin", this::show);
        routes.post("/signin", this::submit);
        routes.post("/signout", this::signOut);
        routes.get("/account/", this::account);
        routes.post("/account/password", this::changePassword);
    }

    private void show(Context ctx) {
        String next = safeNext(ctx.queryParam("next"));
        if (!AccessFilter.principal(ctx).isAnonymous()) {
            ctx.redirect(next, HttpStatus.FOUND);
            return;
        }
        render(ctx, 200, next, "", "");
    }

    private void submit(Context ctx) {
        String next = safeNext(ctx.formParam("next"));
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
        Principal principal = AccessFilter.principal(ctx);
        Optional<User> user;
        try {
            user = signIn.check(username, Optional.ofNullable(ctx.formParam("password")).orElse(""),
                    principal.from().address());
        } catch (ApiException e) {
            render(ctx, e.status(), next, username, e.getMessage());
            return;
        }
        if (user.isEmpty()) {
            render(ctx, 401, next, username, SignIn.REFUSED);
            return;
        }
        openSession(ctx, user.get(), principal);
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    /** Sets the session cookie of a new session; used by the page and by the reference auth route. */
    SignIn.Opened openSession(Context ctx, User user, Principal principal) {
        String old = Cookies.get(ctx, Cookies.SESSION);
        if (old != null) {
            signIn.close(old);
        }
        SignIn.Opened opened = signIn.open(user);
        Cookies.set(ctx, Cookies.SESSION, opened.cookieValue(), opened.maxAgeSeconds(), principal.from().https());
        return opened;
    }

    void closeSession(Context ctx, Principal principal) {
        String cookie = Cookies.get(ctx, Cookies.SESSION);
        if (cookie != null) {
            signIn.close(cookie);
        }
        Cookies.clear(ctx, Cookies.SESSION, principal.from().https());
    }

    private void signOut(Context ctx) {
        closeSession(ctx, AccessFilter.principal(ctx));
        Flash.ok("Signed out", "").send(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void account(Context ctx) {
        renderAccount(ctx, 200, "");
    }

    private void changePassword(Context ctx) {
        Principal p = AccessFilter.principal(ctx);
        if (p.kind() != Principal.Kind.SESSION) {
            throw new ApiException(403, "Only a signed-in user changes their own password");
        }
        String fresh = Optional.ofNullable(ctx.formParam("new_password")).orElse("");
        if (!fresh.equals(ctx.formParam("repeat_password"))) {
            renderAccount(ctx, 400, "The new password and its repetition differ");
            return;
        }
        try {
            Optional<User> user = signIn.check(p.username(),
                    Optional.ofNullable(ctx.formParam("current_password")).orElse(""), p.from().address());
            if (user.isEmpty()) {
                renderAccount(ctx, 400, "The current password is wrong");
                return;
            }
            users.setPassword(p.actor(), user.get().id(), fresh);
            openSession(ctx, user.get(), p);
        } catch (ApiException e) {
            renderAccount(ctx, e.status(), e.getMessage());
            return;
        }
        Flash.ok("Your password has been changed; your other sessions have ended", "").send(ctx);
        ctx.redirect("/account/", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, String next, String username, String problem) {
        ctx.status(status);
        // the project names are not for someone who has not signed in yet (reads may be private)
        templates.render(ctx, "auth/signin.jte", new View(layouts.of(ctx, "Sign in", "", 0).withoutProjects(), next,
                username, problem));
    }

    private void renderAccount(Context ctx, int status, String problem) {
        Principal p = AccessFilter.principal(ctx);
        boolean local = users.byId(p.userId()).map(u -> u.source().equals(User.LOCAL)).orElse(false);
        ctx.status(status);
        templates.render(ctx, "auth/account.jte", new AccountView(layouts.of(ctx, "Your account", "", 0),
                p.username(), p.role().orElseThrow().word(), local, p.kind() == Principal.Kind.TOKEN, problem));
    }

    /** @return the path to go back to: a path on this server only, never another site */
    static String safeNext(String next) {
        // browsers drop tabs and newlines from URLs and read a backslash as a slash: "/\t/evil.example" would
        // leave this server, so any of them (or a second leading slash) sends the browser home instead
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/signin")
                || next.length() > 2000 || next.chars().anyMatch(c -> c <= ' ' || c == '\\' || c == 127)) {
            return "/";
        }
        return next;
    }
}
