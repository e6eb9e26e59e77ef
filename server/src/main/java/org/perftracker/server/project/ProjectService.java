package org.perftracker.server.project;

import java.util.List;
import java.util.Optional;
import org.perftracker.server.db.Database;

/** Reads projects for pages, and creates one when asked (the demo project). */
public final class ProjectService {
    private final Database db;
    private final ProjectRepository projects;

    public ProjectService(Database db, ProjectRepository projects) {
        this.db = db;
        this.projects = projects;
    }

    /** @return every project, in navigation order */
    public List<Project> all() {
        return db.read(projects::all);
    }

    public Optional<Project> byId(long id) {
        return db.read(h -> projects.byId(h, id));
    }

    /** @return the project with this name, created with this description when there is none */
    public Project getOrCreate(String name, String description) {
        return db.write(h -> projects.byName(h, name).orElseGet(() -> projects.create(h, name, description)));
    }
}
