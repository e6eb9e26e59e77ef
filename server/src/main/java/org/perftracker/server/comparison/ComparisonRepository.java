package org.perftracker.server.comparison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.perftracker.core.comparison.ComparedJob;
import org.perftracker.core.comparison.ComparedTest;
import org.perftracker.core.comparison.ReportedSpread;
import org.perftracker.core.stats.Summary;
import org.perftracker.core.upload.TestStatus;
import org.perftracker.server.project.Project;
import org.perftracker.server.web.DataTablesRequest;

/** SQL on saved comparisons, and the reads that feed a comparison's computation. */
final class ComparisonRepository {
    private static final String SELECT = """
            SELECT c.*, p.name AS project_name FROM comparison c JOIN project p ON p.id = c.project_id""";
    /** Sortable columns by DataTables index: '', id, updated, project, env, version, title, jobs. */
    private static final List<String> SORT = List.of("c.updated_ms", "c.id", "c.updated_ms", "c.project_id",
            "c.updated_ms", "c.updated_ms", "c.title",
            "(SELECT COUNT(*) FROM comparison_job cj WHERE cj.comparison_id = c.id)");

    private final ComparedTestsCache cache;

    ComparisonRepository(ComparedTestsCache cache) {
        this.cache = cache;
    }

    long insert(Handle h, long projectId, String title, ComparisonRequest r, long nowMs) {
        long id = h.createUpdate("""
                INSERT INTO comparison (project_id, title, charts_type, tables_type, tests_type, values_type, alpha,
                                        likely_threshold, created_ms, updated_ms)
                VALUES (:project, :title, :charts, :tables, :tests, :values, :alpha, :threshold, :now, :now)""")
                .bind("project", projectId).bind("title", title).bind("charts", r.chartsType())
                .bind("tables", r.tablesType()).bind("tests", r.testsType()).bind("values", r.valuesType())
                .bind("alpha", r.alpha()).bind("threshold", r.likelyThreshold()).bind("now", nowMs)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        setJobs(h, id, r.jobs());
        return id;
    }

    void update(Handle h, long id, String title, ComparisonRequest r, long nowMs) {
        h.createUpdate("""
                UPDATE comparison SET title = :title, charts_type = :charts, tables_type = :tables, tests_type = :tests,
                    values_type = :values, alpha = :alpha, likely_threshold = :threshold, updated_ms = :now,
                    deleted = FALSE
                WHERE id = :id""")
                .bind("id", id).bind("title", title).bind("charts", r.chartsType()).bind("tables", r.tablesType())
                .bind("tests", r.testsType()).bind("values", r.valuesType()).bind("alpha", r.alpha())
                .bind("threshold", r.likelyThreshold()).bind("now", nowMs).execute();
        setJobs(h, id, r.jobs());
    }

    private static void setJobs(Handle h, long id, List<Long> jobs) {
        h.createUpdate("DELETE FROM comparison_job WHERE comparison_id = :id").bind("id", id).execute();
        PreparedBatch batch = h.prepareBatch(
                "INSERT INTO comparison_job (comparison_id, position, job_id) VALUES (?, ?, ?)");
        for (int i = 0; i < jobs.size(); i++) {
            batch.bind(0, id).bind(1, i).bind(2, jobs.get(i)).add();
        }
        batch.execute();
    }

    void setDeleted(Handle h, long id, boolean deleted) {
        h.createUpdate("UPDATE comparison SET deleted = :deleted WHERE id = :id").bind("deleted", deleted)
                .bind("id", id).execute();
    }

    Optional<SavedComparison> find(Handle h, long id) {
        return withJobs(h, h.createQuery(SELECT + " WHERE c.id = :id").bind("id", id).map((rs, ctx) -> map(rs))
                .list()).stream().findFirst();
    }

    record Page(long total, long filtered, List<SavedComparison> rows) {
    }

    /** @param deleted true for the deleted comparisons (which may be undeleted), false for the others */
    Page page(Handle h, long projectId, DataTablesRequest request, boolean deleted) {
        String where = " WHERE c.deleted = " + (deleted ? "TRUE" : "FALSE")
                + (projectId == Project.ALL ? "" : " AND c.project_id = :project");
        boolean searching = !request.search().isEmpty();
        String search = " AND LOWER(c.title) LIKE :search ESCAPE '!'";
        long total = count(h, where, projectId, null);
        long filtered = searching ? count(h, where + search, projectId, request.searchPattern()) : total;
        String order = request.orders().isEmpty() ? " ORDER BY c.updated_ms DESC, c.id DESC"
                : " ORDER BY " + SORT.get(Math.min(Math.max(request.orders().get(0).column(), 0), SORT.size() - 1))
                        + (request.orders().get(0).ascending() ? " ASC" : " DESC") + ", c.id DESC";
        Query q = h.createQuery(SELECT + where + (searching ? search : "") + order + " LIMIT :limit OFFSET :offset")
                .bind("limit", request.length()).bind("offset", request.start());
        if (projectId != Project.ALL) {
            q.bind("project", projectId);
        }
        if (searching) {
            q.bind("search", request.searchPattern());
        }
        return new Page(total, filtered, withJobs(h, q.map((rs, ctx) -> map(rs)).list()));
    }

    private static long count(Handle h, String where, long projectId, String search) {
        Query q = h.createQuery("SELECT COUNT(*) FROM comparison c" + where);
        if (projectId != Project.ALL) {
            q.bind("project", projectId);
        }
        if (search != null) {
            q.bind("search", search);
        }
        return q.mapTo(Long.class).one();
    }

    /** @return the ids of these jobs that exist */
    List<Long> existingJobs(Handle h, List<Long> ids) {
        return h.createQuery("SELECT id FROM job WHERE id IN (<ids>)").bindList("ids", ids).mapTo(Long.class).list();
    }

    long projectOf(Handle h, long jobId) {
        return h.createQuery("SELECT project_id FROM job WHERE id = :id").bind("id", jobId).mapTo(Long.class).one();
    }

    /**
     * The jobs with their tests (stored summaries and spreads, not raw scores), in the order of {@code ids}. The tests
     * of a job come from the cache when it holds the job's current revision, else from one query for every job
     * missing, which the cache then keeps.
     */
    List<ComparedJob> comparedJobs(Handle h, List<Long> ids, boolean withTests) {
        Map<Long, ComparedJob> headers = new LinkedHashMap<>();
        Map<Long, ComparedTestsCache.Key> keys = new LinkedHashMap<>();
        h.createQuery("SELECT id, title, product_name, product_ver, uuid, revision FROM job WHERE id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> {
                    keys.put(rs.getLong(1), new ComparedTestsCache.Key(rs.getLong(1), rs.getString(5),
                            rs.getLong(6)));
                    return ComparedJob.header(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                })
                .forEach(j -> headers.put(j.id(), j));
        Map<Long, List<ComparedTest>> tests = new LinkedHashMap<>();
        if (withTests) {
            List<Long> missing = new ArrayList<>();
            keys.forEach((id, key) -> cache.get(key).ifPresentOrElse(t -> tests.put(id, t), () -> missing.add(id)));
            if (!missing.isEmpty()) {
                Map<Long, List<ComparedTest>> read = new LinkedHashMap<>();
                missing.forEach(id -> read.put(id, new ArrayList<>()));
                h.createQuery("""
                        SELECT job_id, id, group_name, tag, category, metrics, less_better, status, errors, warnings,
                               score_count, avg_score, median_score, min_score, max_score, stddev, ci95,
                               avg_dev, samples, deviations <> '[]' AS deviations_reported
                        FROM test WHERE job_id IN (<ids>) ORDER BY job_id, seq_num, id""")
                        .bindList("ids", missing)
                        .map((rs, ctx) -> Map.entry(rs.getLong("job_id"), test(rs)))
                        .forEach(e -> read.get(e.getKey()).add(e.getValue()));
                read.forEach((id, list) -> {
                    List<ComparedTest> kept = List.copyOf(list);
                    cache.put(keys.get(id), kept);
                    tests.put(id, kept);
                });
            }
        }
        List<ComparedJob> jobs = new ArrayList<>();
        for (Long id : ids) {
            ComparedJob header = headers.get(id);
            if (header != null) {
                jobs.add(new ComparedJob(id, header.title(), header.productName(), header.productVersion(),
                        tests.getOrDefault(id, List.of())));
            }
        }
        return jobs;
    }

    /**
     * A test from its stored summary. Its uploaded spread is read too: {@code avg_dev}, the mean of the uploaded
     * deviations, as the standard deviation of the samples behind the score, and {@code samples} as their count (see
     * {@link ReportedSpread}); a test uploaded without deviations has none, its {@code avg_dev} being only the
     * spread of its own scores.
     */
    private static ComparedTest test(ResultSet rs) throws SQLException {
        return new ComparedTest(rs.getLong("id"), rs.getString("group_name"), rs.getString("tag"),
                rs.getString("category"), rs.getString("metrics"), rs.getBoolean("less_better"),
                TestStatus.valueOf(rs.getString("status")), rs.getInt("errors"), rs.getInt("warnings"), List.of(),
                new Summary(rs.getInt("score_count"), rs.getDouble("avg_score"), rs.getDouble("median_score"),
                        rs.getDouble("min_score"), rs.getDouble("max_score"), rs.getDouble("stddev"),
                        rs.getDouble("ci95")),
                ReportedSpread.of(rs.getBoolean("deviations_reported"), rs.getDouble("avg_dev"), rs.getInt("samples")));
    }

    private static List<SavedComparison> withJobs(Handle h, List<SavedComparison> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Long>> jobs = new LinkedHashMap<>();
        h.createQuery("SELECT comparison_id, job_id FROM comparison_job WHERE comparison_id IN (<ids>)"
                        + " ORDER BY comparison_id, position")
                .bindList("ids", rows.stream().map(SavedComparison::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> jobs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(c -> new SavedComparison(c.id(), c.projectId(), c.projectName(), c.title(),
                c.chartsType(), c.tablesType(), c.testsType(), c.valuesType(), c.alpha(), c.likelyThreshold(),
                c.createdMs(), c.updatedMs(), c.deleted(), jobs.getOrDefault(c.id(), List.of()))).toList();
    }

    private static SavedComparison map(ResultSet rs) throws SQLException {
        return new SavedComparison(rs.getLong("id"), rs.getLong("project_id"), rs.getString("project_name"),
                rs.getString("title"), rs.getInt("charts_type"), rs.getInt("tables_type"), rs.getInt("tests_type"),
                rs.getInt("values_type"), rs.getDouble("alpha"), rs.getDouble("likely_threshold"),
                rs.getLong("created_ms"), rs.getLong("updated_ms"), rs.getBoolean("deleted"), List.of());
    }
}
