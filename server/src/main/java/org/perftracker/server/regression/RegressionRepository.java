package org.perftracker.server.regression;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.perftracker.server.db.Columns;
import org.perftracker.server.web.DataTablesRequest;

/** SQL on regressions: the series of jobs that share a regression tag inside a project. */
public final class RegressionRepository {
    private static final String LINKED = "j.regression_id = r.id AND j.deleted = FALSE AND j.regression_linked = TRUE";
    private static final String SELECT = "SELECT r.id, r.title, r.tag, r.project_id, p.name AS project_name,"
            + " (SELECT COUNT(*) FROM job j WHERE " + LINKED + ") AS jobs,"
            + " (SELECT j.id FROM job j WHERE " + LINKED + " ORDER BY j.end_ms, j.id LIMIT 1) AS first_job,"
            + " (SELECT j.id FROM job j WHERE " + LINKED + " ORDER BY j.end_ms DESC, j.id DESC LIMIT 1) AS last_job,"
            + " (SELECT COUNT(*) FROM regression_alert a WHERE a.regression_id = r.id AND a.state = 'new'"
            + " AND a.detected = TRUE AND a.direction = 'regression') AS open_regressions"
            + " FROM regression r JOIN project p ON p.id = r.project_id";
    /** Sort keys of the list's columns: '', id, project, title, tag, jobs, first job, last job (by end time). */
    private static final List<String> ORDER = List.of("r.id", "r.id", "p.name", "r.title", "r.tag",
            "(SELECT COUNT(*) FROM job j WHERE " + LINKED + ")",
            "COALESCE((SELECT MIN(j.end_ms) FROM job j WHERE " + LINKED + "), 0)",
            "COALESCE((SELECT MAX(j.end_ms) FROM job j WHERE " + LINKED + "), 0)");
    private static final String SEARCH = " AND LOWER(r.title) LIKE :search ESCAPE '!'";

    /** A regression with the ids of its first and last linked jobs. */
    public record Stored(long id, String title, String tag, long projectId, String projectName, long jobs,
            Long firstJob, Long lastJob, long openRegressions) {
    }

    /** @return the id of the project's regression with this tag, created (titled after the tag) if absent */
    public long getOrCreate(Handle h, long projectId, String tag) {
        h.createUpdate("""
                INSERT INTO regression (project_id, tag, title) VALUES (:project, :tag, :tag)
                ON CONFLICT (project_id, tag) DO NOTHING""")
                .bind("project", projectId).bind("tag", tag).execute();
        return h.createQuery("SELECT id FROM regression WHERE project_id = :project AND tag = :tag")
                .bind("project", projectId).bind("tag", tag).mapTo(Long.class).one();
    }

    public Optional<Stored> byId(Handle h, long id) {
        return h.createQuery(SELECT + " WHERE r.id = :id AND r.deleted = FALSE").bind("id", id)
                .map((rs, ctx) -> stored(rs)).findOne();
    }

    /** @param projectId 0 for every project */
    public List<Stored> page(Handle h, long projectId, DataTablesRequest request) {
        StringBuilder sql = new StringBuilder(SELECT).append(where(projectId, request)).append(" ORDER BY ");
        List<DataTablesRequest.Order> orders = request.orders().isEmpty()
                ? List.of(new DataTablesRequest.Order(3, false)) : request.orders();
        boolean ascending = true;
        for (DataTablesRequest.Order o : orders) {
            sql.append(ORDER.get(Math.max(0, Math.min(ORDER.size() - 1, o.column()))))
                    .append(o.ascending() ? " ASC, " : " DESC, ");
            ascending = o.ascending();
        }
        sql.append("r.id").append(ascending ? " ASC" : " DESC").append(" LIMIT :limit OFFSET :offset");
        return bind(h.createQuery(sql.toString()), projectId, request).bind("limit", request.length())
                .bind("offset", request.start()).map((rs, ctx) -> stored(rs)).list();
    }

    public long count(Handle h, long projectId, DataTablesRequest request) {
        return bind(h.createQuery("SELECT COUNT(*) FROM regression r" + where(projectId, request)), projectId,
                request).mapTo(Long.class).one();
    }

    /** @return a page of the regression's jobs that are not deleted, linked or not, newest first */
    public List<Long> jobIds(Handle h, long regressionId, int start, int length) {
        return h.createQuery("""
                SELECT id FROM job WHERE regression_id = :regression AND deleted = FALSE
                ORDER BY end_ms DESC, id DESC LIMIT :limit OFFSET :offset""")
                .bind("regression", regressionId).bind("limit", length).bind("offset", start)
                .mapTo(Long.class).list();
    }

    public long countJobs(Handle h, long regressionId) {
        return h.createQuery("SELECT COUNT(*) FROM job WHERE regression_id = :regression AND deleted = FALSE")
                .bind("regression", regressionId).mapTo(Long.class).one();
    }

    public void rename(Handle h, long regressionId, String title) {
        h.createUpdate("UPDATE regression SET title = :title WHERE id = :id").bind("id", regressionId)
                .bind("title", title).execute();
    }

    private static String where(long projectId, DataTablesRequest request) {
        return " WHERE r.deleted = FALSE" + (projectId == 0 ? "" : " AND r.project_id = :project")
                + (request.search().isEmpty() ? "" : SEARCH);
    }

    private static Query bind(Query query, long projectId, DataTablesRequest request) {
        if (projectId != 0) {
            query.bind("project", projectId);
        }
        if (!request.search().isEmpty()) {
            query.bind("search", request.searchPattern());
        }
        return query;
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("title"), rs.getString("tag"), rs.getLong("project_id"),
                rs.getString("project_name"), rs.getLong("jobs"), Columns.nullableLong(rs, "first_job"),
                Columns.nullableLong(rs, "last_job"), rs.getLong("open_regressions"));
    }

    /** @return the first and last job ids of these regressions, without nulls */
    static List<Long> endJobs(List<Stored> regressions) {
        List<Long> ids = new ArrayList<>();
        for (Stored r : regressions) {
            if (r.firstJob() != null) {
                ids.add(r.firstJob());
            }
            if (r.lastJob() != null && !r.lastJob().equals(r.firstJob())) {
                ids.add(r.lastJob());
            }
        }
        return ids;
    }
}
