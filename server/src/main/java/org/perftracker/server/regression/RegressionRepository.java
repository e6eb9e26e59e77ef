package org.perftracker.server.regression;

import org.jdbi.v3.core.Handle;

/** SQL on regressions: the series of jobs that share a regression tag inside a project. */
public final class RegressionRepository {

    /** @return the id of the project's regression with this tag, created (titled after the tag) if absent */
    public long getOrCreate(Handle h, long projectId, String tag) {
        h.createUpdate("""
                INSERT INTO regression (project_id, tag, title) VALUES (:project, :tag, :tag)
                ON CONFLICT (project_id, tag) DO NOTHING""")
                .bind("project", projectId).bind("tag", tag).execute();
        return h.createQuery("SELECT id FROM regression WHERE project_id = :project AND tag = :tag")
                .bind("project", projectId).bind("tag", tag).mapTo(Long.class).one();
    }
}
