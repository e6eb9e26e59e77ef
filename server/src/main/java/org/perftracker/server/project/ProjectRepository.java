package org.perftracker.server.project;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL on projects. */
public final class ProjectRepository {
    private static final RowMapper<Project> MAPPER = ConstructorMapper.of(Project.class);
    private static final String COLUMNS = "id, name, description, nav_order, visible";

    public List<Project> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM project ORDER BY nav_order, name")
                .map(MAPPER).list();
    }

    public Optional<Project> byName(Handle h, String name) {
        return h.createQuery("SELECT " + COLUMNS + " FROM project WHERE name = :name")
                .bind("name", name).map(MAPPER).findOne();
    }

    public Optional<Project> byId(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM project WHERE id = :id")
                .bind("id", id).map(MAPPER).findOne();
    }

    public Project create(Handle h, String name, String description) {
        long id = h.createUpdate("INSERT INTO project (name, description) VALUES (:name, :description)")
                .bind("name", name).bind("description", description)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new Project(id, name, description, 100, true);
    }
}
