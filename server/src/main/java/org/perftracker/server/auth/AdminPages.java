package org.perftracker.server.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.db.Database;
import org.perftracker.server.page.AdminNavigation;
import org.perftracker.server.page.Flash;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectService;
import org.perftracker.server.web.ApiException;

/**
 * The admin pages of people and keys: {@code /admin/users} (make users, set roles, disable, reset passwords),
 * {@code /admin/tokens} (make tokens, shown once; revoke) and {@code /admin/audit} (who changed what). Every form
 * answers with a redirect and a message (post/redirect/get), except a new token, whose value is shown once.
 */
public final class AdminPages {
    public static final String HOME = "/admin/users";
    private static final int AUDIT_PAGE = 100;

    private final UserService users;
    private final TokenService tokens;
    private final ProjectService projects;
    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final AdminNavigation navigation;
    private final Layouts layouts;
    private final Templates templates;

    public AdminPages(UserService users, TokenService tokens, ProjectService projects, Database db, AuditLog audit,
            Clock clock, AdminNavigation navigation, Layouts layouts, Templates templates) {
        this.users = users;
        this.tokens = tokens;
        this.projects = projects;
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.navigation = navigation;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The users page's view. */
    public record UsersView(Layout layout, List<Layout.Link> sections, List<User> users, List<String> roles) {
    }

    /** The tokens page's view; {@code created} holds a new token's value, shown this once. */
    public record TokensView(Layout layout, List<Layout.Link> sections, List<ApiToken> tokens, List<User> users,
            List<Project> projects, List<String> roles, long currentUserId, long nowMs,
            Optional<TokenService.Created> created) {
        public String projectName(Optional<Long> id) {
            return id.map(p -> projects.stream().filter(x -> x.id() == p).map(Project::name).findFirst()
                    .orElse("#" + p)).orElse("all projects");
        }
    }

    /** The audit log page's view. */
    public record AuditView(Layout layout, List<Layout.Link> sections, List<AuditLog.Entry> entries, int page,
            boolean hasNext) {
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/", ctx -> ctx.redirect(HOME, HttpStatus.FOUND));
        routes.get("/admin/users", this::showUsers);
        routes.post("/admin/users", this::createUser);
        routes.post("/admin/users/{id}/role", this::setRole);
        routes.post("/admin/users/{id}/disable", ctx -> setDisabled(ctx, true));
        routes.post("/admin/users/{id}/enable", ctx -> setDisabled(ctx, false));
        routes.post("/admin/users/{id}/password", this::resetPassword);
        routes.get("/admin/tokens", ctx -> showTokens(ctx, Optional.empty()));
        routes.post("/admin/tokens", this::createToken);
        routes.post("/admin/tokens/{id}/revoke", this::revokeToken);
        routes.get("/admin/audit", this::showAudit);
    }

    private void showUsers(Context ctx) {
        templates.render(ctx, "admin/users.jte", new UsersView(layouts.of(ctx, "Users", "admin", 0),
                navigation.links("users"), users.all(), roles()));
    }

    private void createUser(Context ctx) {
        done(ctx, "/admin/users", () -> {
            User user = users.create(Actor.of(ctx), form(ctx, "username"), rawForm(ctx, "password"),
                    role(form(ctx, "role")));
            return "User " + user.username() + " has been created (" + user.role().word() + ")";
        });
    }

    private void setRole(Context ctx) {
        done(ctx, "/admin/users", () -> {
            Role role = role(form(ctx, "role"));
            users.setRole(Actor.of(ctx), PageParams.id(ctx, "id"), role);
            return "The role has been set to " + role.word();
        });
    }

    private void setDisabled(Context ctx, boolean disabled) {
        done(ctx, "/admin/users", () -> {
            users.setDisabled(Actor.of(ctx), PageParams.id(ctx, "id"), disabled);
            return disabled ? "The user has been disabled; their sessions have ended and their tokens stopped"
                    : "The user has been enabled";
        });
    }

    private void resetPassword(Context ctx) {
        done(ctx, "/admin/users", () -> {
            users.setPassword(Actor.of(ctx), PageParams.id(ctx, "id"), rawForm(ctx, "password"));
            return "The password has been set; the user's sessions have ended";
        });
    }

    private void showTokens(Context ctx, Optional<TokenService.Created> created) {
        templates.render(ctx, "admin/tokens.jte", new TokensView(layouts.of(ctx, "API tokens", "admin", 0),
                navigation.links("tokens"), tokens.all(), users.all(), projects.all(), roles(),
                AccessFilter.principal(ctx).userId(), clock.millis(), created));
    }

    private void createToken(Context ctx) {
        TokenService.Created created;
        try {
            String owner = form(ctx, "owner");
            long ownerId = owner.isEmpty() ? AccessFilter.principal(ctx).userId() : parseLong("owner", owner);
            String project = form(ctx, "project");
            String days = form(ctx, "expires_days");
            created = tokens.create(Actor.of(ctx), ownerId, form(ctx, "name"), role(form(ctx, "role")),
                    project.isEmpty() || project.equals("0") ? Optional.empty()
                            : Optional.of(parseLong("project", project)),
                    days.isEmpty() ? Optional.empty() : Optional.of((int) parseLong("expires_days", days)));
        } catch (ApiException e) {
            Flash.error("The token was not made: " + e.getMessage(), List.of()).send(ctx);
            ctx.redirect("/admin/tokens", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(201);
        showTokens(ctx, Optional.of(created));
    }

    private void revokeToken(Context ctx) {
        done(ctx, "/admin/tokens", () -> {
            tokens.revoke(Actor.of(ctx), PageParams.id(ctx, "id"));
            return "The token has been revoked";
        });
    }

    private void showAudit(Context ctx) {
        int page = Math.max(1, (int) Math.min(100_000, ctx.queryParamAsClass("page", Integer.class).getOrDefault(1)));
        List<AuditLog.Entry> entries = db.read(h -> audit.page(h, (page - 1) * AUDIT_PAGE, AUDIT_PAGE + 1));
        templates.render(ctx, "admin/audit.jte", new AuditView(layouts.of(ctx, "Audit log", "admin", 0),
                navigation.links("audit"), entries.subList(0, Math.min(AUDIT_PAGE, entries.size())), page,
                entries.size() > AUDIT_PAGE));
    }

    /** Runs a change and goes back to the page with its message, or with what was wrong. */
    private static void done(Context ctx, String page, java.util.function.Supplier<String> change) {
        try {
            Flash.ok(change.get(), "").send(ctx);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            Flash.error(e.getMessage(), List.of()).send(ctx);
        }
        ctx.redirect(page, HttpStatus.SEE_OTHER);
    }

    /** @return the instant as ISO text, for {@code page/time.jte} */
    public static String iso(long epochMs) {
        return java.time.Instant.ofEpochMilli(epochMs).toString();
    }

    private static List<String> roles() {
        return java.util.Arrays.stream(Role.values()).map(Role::word).toList();
    }

    private static Role role(String word) {
        return Role.parse(word).orElseThrow(() -> ApiException.badRequest("role",
                "must be viewer, uploader, editor or admin"));
    }

    private static String form(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }

    private static String rawForm(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }

    private static long parseLong(String field, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field, "must be a number, got '" + value + "'");
        }
    }
}
