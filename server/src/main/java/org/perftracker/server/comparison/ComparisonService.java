package org.perftracker.server.comparison;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.perftracker.core.comparison.ComparedJob;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.core.comparison.Comparison;
import org.perftracker.core.comparison.ComparisonOptions;
import org.perftracker.core.comparison.ComparisonTitle;
import org.perftracker.server.db.Database;
import org.perftracker.server.job.JobService;
import org.perftracker.server.job.JobViews;
import org.perftracker.server.project.Project;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesRequest;

/**
 * Saves comparisons and computes them: the jobs' tests are read from their stored summaries (mean, sample
 * standard deviation, count — enough for Welch's test) in one query, and the core computes groups, sections,
 * verdicts and charts.
 */
public final class ComparisonService {
    private final Database db;
    private final Clock clock;
    private final JobService jobs;
    private final ComparisonRepository comparisons = new ComparisonRepository(
            new ComparedTestsCache(ComparedTestsCache.DEFAULT_MAX_TESTS));

    private final AuditLog audit;

    public ComparisonService(Database db, Clock clock, JobService jobs, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.jobs = jobs;
        this.audit = audit;
    }

    /** Saves a new comparison; under project 0 it goes to the project of its first job. */
    public long create(Actor actor, long projectId, ComparisonRequest request) {
        return db.write(h -> {
            requireJobs(h, request.jobs());
            long project = projectId == Project.ALL ? comparisons.projectOf(h, request.jobs().get(0)) : projectId;
            if (!actor.mayChange(project)) {
                throw JobService.outsideProject(actor);
            }
            return comparisons.insert(h, project, title(h, request), request, clock.millis());
        });
    }

    /** Replaces the title, options and jobs, and undeletes. */
    public void update(Actor actor, long id, ComparisonRequest request) {
        db.writeVoid(h -> {
            requireChangeable(h, actor, id);
            requireJobs(h, request.jobs());
            String title = title(h, request);
            comparisons.update(h, id, title, request, clock.millis());
            audit.record(h, actor, "comparison.edit", "comparison " + id, "title=" + title + ", jobs="
                    + request.jobs());
        });
    }

    public void setDeleted(Actor actor, long id, boolean deleted) {
        db.writeVoid(h -> {
            requireChangeable(h, actor, id);
            comparisons.setDeleted(h, id, deleted);
            audit.record(h, actor, deleted ? "comparison.delete" : "comparison.undelete", "comparison " + id, "");
        });
    }

    private void requireChangeable(org.jdbi.v3.core.Handle h, Actor actor, long id) {
        SavedComparison c = comparisons.find(h, id).orElseThrow(() -> notFound(id));
        if (!actor.mayChange(c.projectId())) {
            throw JobService.outsideProject(actor);
        }
    }

    public SavedComparison get(long id) {
        return db.read(h -> comparisons.find(h, id)).orElseThrow(() -> notFound(id));
    }

    public ComparisonViews.ComparisonDetails details(long id) {
        SavedComparison c = get(id);
        return ComparisonViews.details(c, jobs.rows(c.jobIds()));
    }

    /** A page of comparisons with the counts DataTables shows. */
    public record Page(long total, long filtered, List<ComparisonViews.ComparisonRow> rows) {
    }

    /** A page of the project's (or every project's) comparisons that are not deleted, newest first. */
    public Page page(long projectId, DataTablesRequest request) {
        return page(projectId, request, false);
    }

    /** As {@link #page(long, DataTablesRequest)}; with {@code deleted} the deleted ones instead. */
    public Page page(long projectId, DataTablesRequest request, boolean deleted) {
        ComparisonRepository.Page page = db.read(h -> comparisons.page(h, projectId, request, deleted));
        List<Long> allJobs = page.rows().stream().flatMap(c -> c.jobIds().stream()).distinct().toList();
        Map<Long, JobViews.JobRow> rows = new LinkedHashMap<>();
        jobs.rows(allJobs).forEach(r -> rows.put(r.id(), r));
        return new Page(page.total(), page.filtered(), page.rows().stream().map(c -> ComparisonViews.row(c,
                c.jobIds().stream().map(rows::get).filter(java.util.Objects::nonNull).toList())).toList());
    }

    /** Computes a saved comparison. */
    public Comparison compute(SavedComparison c) {
        return compute(c.title(), c.jobIds(), c.options());
    }

    /** Computes a comparison of these jobs without saving it; a blank title is generated. */
    public Comparison compute(String title, List<Long> jobIds, ComparisonOptions options) {
        List<ComparedJob> compared = db.read(h -> {
            requireJobs(h, jobIds);
            return comparisons.comparedJobs(h, jobIds, true);
        });
        return Comparison.compute(title, compared, options);
    }

    /** @return the list rows of these jobs (deleted ones too) in this order; jobs that no longer exist left out */
    public List<JobViews.JobRow> jobRows(List<Long> jobIds) {
        return jobs.rows(jobIds);
    }

    /** @return the legends of these jobs as a comparison of them names them ("#2: 1.1"), without reading tests */
    public List<String> legends(List<Long> jobIds) {
        return ComparisonTitle.legends(db.read(h -> comparisons.comparedJobs(h, jobIds, false)));
    }

    /** The jobs of a comparison, for the test-across-jobs view. */
    public List<Long> jobIds(long id) {
        return get(id).jobIds();
    }

    private String title(org.jdbi.v3.core.Handle h, ComparisonRequest request) {
        if (!request.title().isBlank()) {
            return request.title();
        }
        return ComparisonTitle.of(comparisons.comparedJobs(h, request.jobs(), false));
    }

    private void requireJobs(org.jdbi.v3.core.Handle h, List<Long> ids) {
        if (ids.isEmpty()) {
            throw ApiException.badRequest("jobs", "name at least one job");
        }
        List<Long> existing = comparisons.existingJobs(h, ids);
        List<Long> missing = new ArrayList<>(ids);
        missing.removeAll(existing);
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("jobs", missing.stream().map(id -> "Job with id = '" + id + "' doesn't exist")
                    .collect(Collectors.joining("; ")));
        }
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("Comparison " + id + " is not found");
    }
}
