package org.perftracker.server.project;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftracker.server.db.Database;
import org.perftracker.server.web.ApiException;

/**
 * {@code GET /api/v1.0/<p>/project/}: every project as {@code {"id", "name"}}, as perftrackerlib reads it;
 * {@code /api/v1.0/<p>/home/}: {@code []}, as the reference answers it. And the one rule for the project in an API
 * path: it chooses what a list shows and where a new object goes, so a list or a create under a project that does
 * not exist is 404 naming it; one object ({@code job/17}, {@code regression/3}) is found by its id whatever the
 * project of the path, as the reference finds it. Project 0 is every project. A job upload takes its project from
 * the {@code project_name} of its body, as the reference's does, whatever the path says.
 */
public final class ProjectRoutes {
    private static final Pattern COLLECTION = Pattern.compile("/api/v[^/]+/([0-9]+)/([a-z_]+)/");
    /** Collections the reference answers under any project id. */
    private static final Set<String> ANY_PROJECT = Set.of("project", "home");

    private final Database db;
    private final ProjectRepository projects;

    public ProjectRoutes(Database db, ProjectRepository projects) {
        this.db = db;
        this.projects = projects;
    }

    /** One project as the client reads it. */
    public record ProjectRef(long id, String name) {
    }

    public void register(RoutesConfig routes) {
        routes.beforeMatched(this::requireKnownProject);
        routes.get("/api/v{version}/{project}/project/", this::list);
        routes.get("/api/v{version}/{project}/home/", ctx -> ctx.json(List.of()));
    }

    /** Refuses a collection route ({@code …/<p>/job/}, {@code …/<p>/comparison/} …) of an unknown project. */
    private void requireKnownProject(Context ctx) {
        Matcher m = COLLECTION.matcher(ctx.path());
        if (!m.matches() || ANY_PROJECT.contains(m.group(2))
                || m.group(2).equals("job") && ctx.method() == HandlerType.POST) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return; // the route itself refuses it, naming the field
        }
        if (id != Project.ALL && db.read(h -> projects.byId(h, id)).isEmpty()) {
            throw ApiException.notFound("Project " + id + " does not exist");
        }
    }

    private void list(Context ctx) {
        List<ProjectRef> all = db.read(h -> projects.all(h)).stream()
                .map(p -> new ProjectRef(p.id(), p.name())).toList();
        ctx.json(all);
    }
}
