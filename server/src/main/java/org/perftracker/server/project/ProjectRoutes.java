package org.perftracker.server.project;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.perftracker.server.db.Database;

/** {@code GET /api/v1.0/<p>/project/}: every project as {@code {"id", "name"}}, as perftrackerlib reads it. */
public final class ProjectRoutes {
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
        routes.get("/api/v{version}/{project}/project/", this::list);
    }

    private void list(Context ctx) {
        List<ProjectRef> all = db.read(h -> projects.all(h)).stream()
                .map(p -> new ProjectRef(p.id(), p.name())).toList();
        ctx.json(all);
    }
}
