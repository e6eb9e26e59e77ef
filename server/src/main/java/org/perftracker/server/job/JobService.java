package org.perftracker.server.job;

import org.perftracker.server.db.Columns;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.perftracker.core.upload.JobEdit;
import org.perftracker.server.db.Database;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectRepository;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesRequest;

/** Reads jobs and their tests, and applies edits, deletes and regression links. */
public final class JobService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JobService.class);
    private final Database db;
    private final ProjectRepository projects;
    private final JobReadRepository jobs;
    private final TestReadRepository tests;
    private final TestGroupRepository groups = new TestGroupRepository();
    private final JsonText json;
    private final List<JobChangeListener> listeners;

    public JobService(Database db, ProjectRepository projects, ObjectMapper mapper) {
        this(db, projects, mapper, List.of());
    }

    public JobService(Database db, ProjectRepository projects, ObjectMapper mapper,
            List<JobChangeListener> listeners) {
        this.db = db;
        this.projects = projects;
        this.json = new JsonText(mapper);
        this.jobs = new JobReadRepository(new EnvNodeRepository(), json);
        this.tests = new TestReadRepository(json);
        this.listeners = List.copyOf(listeners);
    }

    public JobReadRepository.Page page(long projectId, DataTablesRequest request) {
        return db.read(h -> {
            if (projectId != Project.ALL && projects.byId(h, projectId).isEmpty()) {
                throw ApiException.notFound("Project " + projectId + " does not exist");
            }
            return jobs.page(h, projectId, request);
        });
    }

    /** @return the list rows of these jobs (deleted or not), in the order of the ids; unknown ids are left out */
    public List<JobViews.JobRow> rows(List<Long> jobIds) {
        return jobIds.isEmpty() ? List.of() : db.read(h -> jobs.rows(h, jobIds));
    }

    public JobViews.JobDetails details(long jobId) {
        return db.read(h -> jobs.details(h, jobId)).orElseThrow(() -> notFound(jobId));
    }

    public List<TestGroupRepository.TestGroupView> groups(long jobId) {
        return db.read(h -> {
            requireJob(h, jobId);
            return groups.ofJob(h, jobId);
        });
    }

    /** @param groupId a test group's id, or 0 for all groups */
    public TestReadRepository.Page tests(long jobId, long groupId, DataTablesRequest request) {
        return db.read(h -> {
            requireJob(h, jobId);
            Optional<String> group = Optional.empty();
            if (groupId != 0) {
                group = Optional.of(groups.tagOf(h, groupId)
                        .orElseThrow(() -> ApiException.notFound("Test group " + groupId + " does not exist")));
            }
            return tests.page(h, jobId, group, request);
        });
    }

    public TestViews.TestDetails test(long jobId, long testId) {
        return db.read(h -> tests.details(h, testId))
                .filter(t -> t.job() == jobId)
                .orElseThrow(() -> ApiException.notFound("Test " + testId + " of job " + jobId + " is not found"));
    }

    /** The job with every test and its raw scores, for a download. */
    public JobDownload download(long jobId) {
        return db.read(h -> {
            JobViews.JobDetails job = jobs.details(h, jobId).orElseThrow(() -> notFound(jobId));
            return new JobDownload(job, tests.allOfJob(h, jobId));
        });
    }

    /** Everything stored of one job. */
    public record JobDownload(JobViews.JobDetails job, List<TestViews.TestDetails> tests) {
    }

    public void edit(long jobId, JobEdit edit) {
        db.writeVoid(h -> {
            requireJob(h, jobId);
            h.createUpdate("""
                    UPDATE job SET
                        title = COALESCE(:title, title),
                        product_name = COALESCE(:productName, product_name),
                        product_ver = COALESCE(:productVer, product_ver),
                        suite_name = COALESCE(:suiteName, suite_name),
                        suite_ver = COALESCE(:suiteVer, suite_ver),
                        links = COALESCE(:links, links),
                        deleted = COALESCE(:deleted, deleted)
                    WHERE id = :id""")
                    .bind("id", jobId)
                    .bind("title", edit.title().orElse(null))
                    .bind("productName", edit.productName().orElse(null))
                    .bind("productVer", edit.productVer().orElse(null))
                    .bind("suiteName", edit.suiteName().orElse(null))
                    .bind("suiteVer", edit.suiteVer().orElse(null))
                    .bind("links", edit.links().map(json::map).orElse(null))
                    .bind("deleted", edit.deleted().orElse(null))
                    .execute();
        });
        changed(jobId);
    }

    public void setDeleted(long jobId, boolean deleted) {
        db.writeVoid(h -> {
            requireJob(h, jobId);
            h.createUpdate("UPDATE job SET deleted = :deleted WHERE id = :id")
                    .bind("deleted", deleted).bind("id", jobId).execute();
        });
        changed(jobId);
    }

    /** Shows (true) or hides (false) the job in its regression; the choice survives later uploads. */
    public void setRegressionLink(long jobId, boolean linked) {
        db.writeVoid(h -> {
            requireJob(h, jobId);
            var state = h.createQuery("SELECT regression_id, regression_linked FROM job WHERE id = :id")
                    .bind("id", jobId)
                    .map((rs, ctx) -> new Object[] {Columns.nullableLong(rs, "regression_id"),
                        rs.getBoolean("regression_linked")})
                    .one();
            if (state[0] == null) {
                throw ApiException.badRequest("link", "job " + jobId + " is not part of a regression");
            }
            if ((Boolean) state[1] == linked) {
                throw ApiException.badRequest("link", "Job has already been in this status");
            }
            h.createUpdate("UPDATE job SET regression_linked = :linked WHERE id = :id")
                    .bind("linked", linked).bind("id", jobId).execute();
        });
        changed(jobId);
    }

    private void changed(long jobId) {
        for (JobChangeListener listener : listeners) {
            try {
                listener.changed(jobId);
            } catch (RuntimeException e) {
                LOG.error("after job {} was changed, {} failed; the change stands", jobId, listener, e);
            }
        }
    }

    private static void requireJob(org.jdbi.v3.core.Handle h, long jobId) {
        if (h.createQuery("SELECT COUNT(*) FROM job WHERE id = :id").bind("id", jobId).mapTo(Long.class).one() == 0) {
            throw notFound(jobId);
        }
    }

    private static ApiException notFound(long jobId) {
        return ApiException.notFound("Job " + jobId + " is not found");
    }
}
