package org.perftracker.server.project;

import java.util.List;
import java.util.Map;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.db.Database;
import org.perftracker.server.web.ApiException;

/** Makes, renames, hides and orders projects, for the admin pages; every change is in the audit log. */
public final class ProjectAdmin {
    private final Database db;
    private final ProjectRepository projects;
    private final AuditLog audit;

    public ProjectAdmin(Database db, ProjectRepository projects, AuditLog audit) {
        this.db = db;
        this.projects = projects;
        this.audit = audit;
    }

    public List<Project> all() {
        return db.read(projects::all);
    }

    public Project create(Actor actor, String name, String description) {
        String clean = checkName(name);
        return db.write(h -> {
            if (projects.byName(h, clean).isPresent()) {
                throw taken(clean);
            }
            Project p = projects.create(h, clean, description == null ? "" : description.strip());
            audit.record(h, actor, "project.create", "project " + p.id() + " (" + clean + ")", "");
            return p;
        });
    }

    /** Renames, reorders, hides or shows a project; a change is recorded only for what changed. */
    public void update(Actor actor, long id, String name, int navOrder, boolean visible) {
        String clean = checkName(name);
        db.writeVoid(h -> {
            Project before = projects.byId(h, id).orElseThrow(() -> ApiException.notFound("Project " + id
                    + " does not exist"));
            if (!before.name().equals(clean) && projects.byName(h, clean).isPresent()) {
                throw taken(clean);
            }
            h.createUpdate("UPDATE project SET name = :name, nav_order = :order, visible = :visible WHERE id = :id")
                    .bind("name", clean).bind("order", navOrder).bind("visible", visible).bind("id", id).execute();
            String target = "project " + id + " (" + clean + ")";
            if (!before.name().equals(clean)) {
                audit.record(h, actor, "project.rename", target, before.name() + " → " + clean);
            }
            if (before.navOrder() != navOrder) {
                audit.record(h, actor, "project.order", target, before.navOrder() + " → " + navOrder);
            }
            if (before.visible() != visible) {
                audit.record(h, actor, visible ? "project.show" : "project.hide", target, "");
            }
        });
    }

    private static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw ApiException.badRequest("name", "give the project a name of 1 to 200 characters");
        }
        return clean;
    }

    private static ApiException taken(String name) {
        return new ApiException(409, "name: a project '" + name + "' already exists",
                Map.of("name", List.of("is taken")));
    }
}
