package org.perftracker.server.project;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.page.AdminNavigation;
import org.perftracker.server.page.Flash;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;
import org.perftracker.server.web.ApiException;

/**
 * {@code /admin/projects}: make a project, rename it, hide it from the project switcher, set its place in the
 * order. Hidden projects keep their jobs and still take uploads.
 */
public final class ProjectAdminPage {
    private final ProjectAdmin projects;
    private final AdminNavigation navigation;
    private final Layouts layouts;
    private final Templates templates;

    public ProjectAdminPage(ProjectAdmin projects, AdminNavigation navigation, Layouts layouts, Templates templates) {
        this.projects = projects;
        this.navigation = navigation;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The page's view. */
    public record View(Layout layout, List<Layout.Link> sections, List<Project> projects) {
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/projects", ctx -> templates.render(ctx, "admin/projects.jte",
                new View(layouts.of(ctx, "Projects", "admin", 0), navigation.links("projects"), projects.all())));
        routes.post("/admin/projects", ctx -> done(ctx, () -> "Project "
                + projects.create(Actor.of(ctx), form(ctx, "name"), form(ctx, "description")).name()
                + " has been created"));
        routes.post("/admin/projects/{id}", ctx -> done(ctx, () -> {
            projects.update(Actor.of(ctx), PageParams.id(ctx, "id"), form(ctx, "name"), order(form(ctx, "order")),
                    ctx.formParam("visible") != null);
            return "Project " + form(ctx, "name") + " has been saved";
        }));
    }

    private static void done(Context ctx, java.util.function.Supplier<String> change) {
        try {
            Flash.ok(change.get(), "").send(ctx);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            Flash.error(e.getMessage(), List.of()).send(ctx);
        }
        ctx.redirect("/admin/projects", HttpStatus.SEE_OTHER);
    }

    private static int order(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("order", "must be a whole number, got '" + value + "'");
        }
    }

    private static String form(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }
}
