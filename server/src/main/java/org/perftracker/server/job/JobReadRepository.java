package org.perftracker.server.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.perftracker.server.db.Columns;
import org.perftracker.server.project.Project;
import org.perftracker.server.web.DataTablesRequest;

/** SQL that reads jobs: the paged list and one job's details. */
final class JobReadRepository {
    private static final String ROW_COLUMNS = """
            j.id, j.uuid, j.title, j.suite_name, j.suite_ver, j.begin_ms, j.end_ms, j.duration_ms, j.upload_ms,
            j.tests_total, j.tests_completed, j.tests_failed, j.tests_errors, j.tests_warnings, j.testcases_total,
            j.testcases_errors, j.project_id, p.name AS project_name, j.product_name, j.product_ver,
            j.regression_linked, j.deleted""";
    private static final String SEARCH = JobSearchText.CONDITION;

    private final EnvNodeRepository envNodes;
    private final JsonText json;

    JobReadRepository(EnvNodeRepository envNodes, JsonText json) {
        this.envNodes = envNodes;
        this.json = json;
    }

    record Page(long total, long filtered, List<JobViews.JobRow> rows) {
    }

    /**
     * A page of the project's (or, for project 0, every project's) jobs that are not deleted. A search counts its
     * matches in the page's own query ({@code COUNT(*) OVER ()}), so the jobs are scanned once, not twice.
     */
    Page page(Handle h, long projectId, DataTablesRequest request) {
        String where = " WHERE j.deleted = FALSE" + (projectId == Project.ALL ? "" : " AND j.project_id = :project");
        long total = count(h, where, projectId, null);
        boolean searching = !request.search().isEmpty();
        StringBuilder order = new StringBuilder(" ORDER BY ");
        List<DataTablesRequest.Order> orders = request.orders().isEmpty()
                ? List.of(new DataTablesRequest.Order(JobListColumn.END.ordinal(), false)) : request.orders();
        boolean lastAscending = false;
        for (DataTablesRequest.Order o : orders) {
            order.append(JobListColumn.at(o.column()).sql()).append(o.ascending() ? " ASC, " : " DESC, ");
            lastAscending = o.ascending();
        }
        order.append("j.id").append(lastAscending ? " ASC" : " DESC");
        Query query = h.createQuery("SELECT " + ROW_COLUMNS + (searching ? ", COUNT(*) OVER () AS matching" : "")
                + " FROM job j JOIN project p ON p.id = j.project_id"
                + where + (searching ? SEARCH : "") + order + " LIMIT :limit OFFSET :offset")
                .bind("limit", request.length()).bind("offset", request.start());
        if (projectId != Project.ALL) {
            query.bind("project", projectId);
        }
        if (searching) {
            query.bind("search", request.searchPattern());
        }
        long[] matching = {-1};
        List<RowWithoutEnv> rows = query.map((rs, ctx) -> {
            if (searching) {
                matching[0] = rs.getLong("matching");
            }
            return new RowWithoutEnv(rs);
        }).list();
        long filtered = !searching ? total
                : matching[0] >= 0 ? matching[0]
                : request.start() == 0 ? 0 : count(h, where + SEARCH, projectId, request.searchPattern());
        return new Page(total, filtered, withEnvRoots(h, rows));
    }

    /**
     * The newest jobs of each project, in one statement: per project a sub-select that reads its newest rows
     * from the (project, deleted, end) index, glued with UNION ALL.
     *
     * @return the jobs, per project newest first, projects in the order given
     */
    List<JobViews.JobRow> latest(Handle h, List<Long> projectIds, int perProject) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < projectIds.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT * FROM (SELECT ").append(ROW_COLUMNS)
                    .append(", ").append(i).append(" AS project_rank")
                    .append(" FROM job j JOIN project p ON p.id = j.project_id")
                    .append(" WHERE j.project_id = :project").append(i).append(" AND j.deleted = FALSE")
                    .append(" ORDER BY j.end_ms DESC, j.id DESC LIMIT :limit) AS latest").append(i);
        }
        Query query = h.createQuery("SELECT * FROM (" + sql + ") AS latest ORDER BY project_rank, end_ms DESC, id DESC")
                .bind("limit", perProject);
        for (int i = 0; i < projectIds.size(); i++) {
            query.bind("project" + i, projectIds.get(i));
        }
        return withEnvRoots(h, query.map((rs, ctx) -> new RowWithoutEnv(rs)).list());
    }

    private List<JobViews.JobRow> withEnvRoots(Handle h, List<RowWithoutEnv> rows) {
        Map<Long, List<EnvNodeView.Ref>> roots = envNodes.roots(h, rows.stream().map(r -> r.id).toList());
        List<JobViews.JobRow> result = new ArrayList<>(rows.size());
        rows.forEach(r -> result.add(r.toRow(roots.getOrDefault(r.id, List.of()))));
        return result;
    }

    /** @return the list rows of these jobs (deleted ones too), in the order of {@code ids} */
    List<JobViews.JobRow> rows(Handle h, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, RowWithoutEnv> byId = new java.util.HashMap<>();
        h.createQuery("SELECT " + ROW_COLUMNS + " FROM job j JOIN project p ON p.id = j.project_id"
                        + " WHERE j.id IN (<ids>)")
                .bindList("ids", ids).map((rs, ctx) -> new RowWithoutEnv(rs)).forEach(r -> byId.put(r.id, r));
        Map<Long, List<EnvNodeView.Ref>> roots = envNodes.roots(h, List.copyOf(byId.keySet()));
        List<JobViews.JobRow> result = new ArrayList<>();
        for (Long id : ids) {
            RowWithoutEnv row = byId.get(id);
            if (row != null) {
                result.add(row.toRow(roots.getOrDefault(id, List.of())));
            }
        }
        return result;
    }

    private static long count(Handle h, String where, long projectId, String search) {
        Query query = h.createQuery("SELECT COUNT(*) FROM job j" + where);
        if (projectId != Project.ALL) {
            query.bind("project", projectId);
        }
        if (search != null) {
            query.bind("search", search);
        }
        return query.mapTo(Long.class).one();
    }

    /** A list row read before its environment nodes are attached. */
    private static final class RowWithoutEnv {
        private final long id;
        private final JobViews.JobRow row;

        RowWithoutEnv(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            long begin = rs.getLong("begin_ms");
            long end = rs.getLong("end_ms");
            row = new JobViews.JobRow(id, rs.getString("uuid"), rs.getString("title"), rs.getString("suite_name"),
                    rs.getString("suite_ver"), List.of(), JobViews.time(begin), JobViews.time(end),
                    JobViews.durationSeconds(rs.getLong("duration_ms"), begin, end),
                    JobViews.time(rs.getLong("upload_ms")), rs.getInt("tests_total"), rs.getInt("tests_completed"),
                    rs.getInt("tests_failed"), rs.getInt("tests_errors"), rs.getInt("tests_warnings"),
                    new JobViews.ProjectRef(rs.getLong("project_id"), rs.getString("project_name")),
                    rs.getString("product_name"), rs.getString("product_ver"), rs.getBoolean("regression_linked"),
                    rs.getInt("testcases_total"), rs.getInt("testcases_errors"), rs.getBoolean("deleted"));
        }

        JobViews.JobRow toRow(List<EnvNodeView.Ref> env) {
            return new JobViews.JobRow(row.id(), row.uuid(), row.title(), row.suiteName(), row.suiteVer(), env,
                    row.begin(), row.end(), row.duration(), row.upload(), row.testsTotal(), row.testsCompleted(),
                    row.testsFailed(), row.testsErrors(), row.testsWarnings(), row.project(), row.productName(),
                    row.productVer(), row.isLinked(), row.testcasesTotal(), row.testcasesErrors(), row.deleted());
        }
    }

    /** @return the job with its environment tree, deleted or not */
    Optional<JobViews.JobDetails> details(Handle h, long jobId) {
        return h.createQuery("""
                SELECT j.*, p.name AS project_name, r.tag AS regression_tag, r.title AS regression_title
                FROM job j JOIN project p ON p.id = j.project_id LEFT JOIN regression r ON r.id = j.regression_id
                WHERE j.id = :id""")
                .bind("id", jobId)
                .map((rs, ctx) -> {
                    long begin = rs.getLong("begin_ms");
                    long end = rs.getLong("end_ms");
                    Long regressionId = Columns.nullableLong(rs, "regression_id");
                    return new JobViews.JobDetails(rs.getLong("id"), rs.getString("uuid"), rs.getString("title"),
                            rs.getString("cmdline"), rs.getString("suite_name"), rs.getString("suite_ver"),
                            rs.getString("author"), rs.getString("product_name"), rs.getString("product_ver"),
                            json.parseMap(rs.getString("links")), List.of(), JobViews.time(begin),
                            JobViews.time(end), JobViews.durationSeconds(rs.getLong("duration_ms"), begin, end),
                            JobViews.time(rs.getLong("upload_ms")), rs.getInt("tests_total"),
                            rs.getInt("tests_completed"), rs.getInt("tests_failed"), rs.getInt("tests_errors"),
                            rs.getInt("tests_warnings"), rs.getInt("testcases_total"), rs.getInt("testcases_errors"),
                            new JobViews.ProjectRef(rs.getLong("project_id"), rs.getString("project_name")),
                            regressionId == null ? null : new JobViews.RegressionRef(regressionId,
                                    rs.getString("regression_tag"), rs.getString("regression_title")),
                            rs.getBoolean("regression_linked"), rs.getBoolean("deleted"), List.of());
                })
                .findOne()
                .map(d -> withEnv(d, envNodes.trees(h, jobId)));
    }

    private static JobViews.JobDetails withEnv(JobViews.JobDetails d, List<EnvNodeView> env) {
        return new JobViews.JobDetails(d.id(), d.uuid(), d.title(), d.cmdline(), d.suiteName(), d.suiteVer(),
                d.author(), d.productName(), d.productVer(), d.links(), env, d.begin(), d.end(), d.duration(),
                d.upload(), d.testsTotal(), d.testsCompleted(), d.testsFailed(), d.testsErrors(), d.testsWarnings(),
                d.testcasesTotal(), d.testcasesErrors(), d.project(), d.regression(), d.isLinked(), d.deleted(),
                d.artifacts());
    }
}
