package org.perftracker.server.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.perftracker.core.upload.JobEdit;
import org.perftracker.server.artifact.ArtifactRow;
import org.perftracker.server.artifact.ArtifactService;
import org.perftracker.server.artifact.ArtifactView;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.db.Columns;
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
    private final AuditLog audit;
    private final ArtifactService artifacts;
    private final List<JobChangeListener> listeners;

    /**
     * @param artifacts the files shown with a job and its tests
     * @param listeners told after an edit, a delete or a regression link changed a job
     */
    public JobService(Database db, ProjectRepository projects, ObjectMapper mapper, AuditLog audit,
            ArtifactService artifacts, List<JobChangeListener> listeners) {
        this.db = db;
        this.projects = projects;
        this.audit = audit;
        this.artifacts = artifacts;
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

    /** @return the list rows of these jobs, deleted ones too, in the order given; unknown ids are left out */
    public List<JobViews.JobRow> rows(List<Long> jobIds) {
        return db.read(h -> jobs.rows(h, jobIds));
    }

    /** @return the newest {@code perProject} jobs of each of these projects, per project newest first */
    public List<JobViews.JobRow> latest(List<Long> projectIds, int perProject) {
        return db.read(h -> jobs.latest(h, projectIds, perProject));
    }

    /** @return the job with its environment, and the artifacts linked to it or to its tests */
    public JobViews.JobDetails details(long jobId) {
        JobViews.JobDetails job = db.read(h -> jobs.details(h, jobId)).orElseThrow(() -> notFound(jobId));
        return job.withArtifacts(artifactsOf(jobId));
    }

    /** @return the first artifacts of a job as its pages list them, with the job or the tests each belongs to */
    public List<ArtifactRow> artifactRows(JobViews.JobDetails job, long projectId) {
        return db.read(h -> JobArtifacts.rows(h, job, projectId));
    }

    /** @return the artifacts linked to one test, as its page lists them */
    public List<ArtifactRow> testArtifacts(TestViews.TestDetails test, long projectId) {
        return artifacts.linkedTo(List.of(test.uuid())).stream()
                .map(a -> ArtifactRow.of(ArtifactView.of(a), projectId, List.of())).toList();
    }

    private List<ArtifactView> artifactsOf(long jobId) {
        return artifacts.linkedToJob(jobId).stream().map(ArtifactView::of).toList();
    }

    public List<TestViews.TestGroup> groups(long jobId) {
        return db.read(h -> {
            requireJob(h, jobId);
            return groups.ofJob(h, jobId);
        });
    }

    /** @param groupId a test group's id, or 0 for all groups */
    public TestViews.TestPage tests(long jobId, long groupId, DataTablesRequest request) {
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

    /** @return job id → its test with the same (group, tag, category) as this test, for the jobs that have one */
    public java.util.Map<Long, TestViews.TestDetails> sameTestIn(List<Long> jobIds, long testId) {
        java.util.Map<Long, TestViews.TestDetails> byJob = new java.util.HashMap<>();
        db.read(h -> tests.sameKeyIn(h, jobIds, testId)).forEach(t -> byJob.put(t.job(), t));
        return byJob;
    }

    /** The job with every test and its raw scores, for a download. */
    public JobDownload download(long jobId) {
        return db.read(h -> {
            JobViews.JobDetails job = jobs.details(h, jobId).orElseThrow(() -> notFound(jobId));
            return new JobDownload(job, tests.allOfJob(h, jobId));
        }).withArtifacts(artifactsOf(jobId));
    }

    /** Everything stored of one job. */
    public record JobDownload(JobViews.JobDetails job, List<TestViews.TestDetails> tests) {
        JobDownload withArtifacts(List<ArtifactView> linked) {
            return new JobDownload(job.withArtifacts(linked), tests);
        }
    }

    /** Applies an edit; a project token may edit its project's jobs only. */
    public void edit(Actor actor, long jobId, JobEdit edit) {
        db.writeVoid(h -> {
            requireChangeable(h, actor, jobId);
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
            JobSearchText.refresh(h, jobId);
            audit.record(h, actor, "job.edit", "job " + jobId, describe(edit));
        });
        changed(jobId);
    }

    public void setDeleted(Actor actor, long jobId, boolean deleted) {
        db.writeVoid(h -> {
            requireChangeable(h, actor, jobId);
            h.createUpdate("UPDATE job SET deleted = :deleted WHERE id = :id")
                    .bind("deleted", deleted).bind("id", jobId).execute();
            audit.record(h, actor, deleted ? "job.delete" : "job.undelete", "job " + jobId, "");
        });
        changed(jobId);
    }

    /** @return the fields an edit sets, for the audit log: {@code title=Nightly 17, deleted=false} */
    private static String describe(JobEdit edit) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        edit.title().ifPresent(v -> parts.add("title=" + v));
        edit.productName().ifPresent(v -> parts.add("product_name=" + v));
        edit.productVer().ifPresent(v -> parts.add("product_ver=" + v));
        edit.suiteName().ifPresent(v -> parts.add("suite_name=" + v));
        edit.suiteVer().ifPresent(v -> parts.add("suite_ver=" + v));
        edit.links().ifPresent(v -> parts.add("links=" + v.size()));
        edit.deleted().ifPresent(v -> parts.add("deleted=" + v));
        return String.join(", ", parts);
    }

    /** Shows (true) or hides (false) the job in its regression; the choice survives later uploads. */
    public void setRegressionLink(Actor actor, long jobId, boolean linked) {
        db.writeVoid(h -> {
            requireChangeable(h, actor, jobId);
            RegressionLink link = h.createQuery("SELECT regression_id, regression_linked FROM job WHERE id = :id")
                    .bind("id", jobId)
                    .map((rs, ctx) -> new RegressionLink(Columns.nullableLong(rs, "regression_id"),
                            rs.getBoolean("regression_linked")))
                    .findOne().orElseThrow(() -> notFound(jobId));
            if (link.regressionId() == null) {
                throw ApiException.badRequest("link", "job " + jobId + " is not part of a regression");
            }
            if (link.linked() == linked) {
                throw ApiException.badRequest("link", "Job has already been in this status");
            }
            h.createUpdate("UPDATE job SET regression_linked = :linked WHERE id = :id")
                    .bind("linked", linked).bind("id", jobId).execute();
            audit.record(h, actor, linked ? "job.link" : "job.unlink", "job " + jobId, "regression "
                    + link.regressionId());
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

    private record RegressionLink(Long regressionId, boolean linked) {
    }

    private static void requireJob(org.jdbi.v3.core.Handle h, long jobId) {
        if (h.createQuery("SELECT COUNT(*) FROM job WHERE id = :id").bind("id", jobId).mapTo(Long.class).one() == 0) {
            throw notFound(jobId);
        }
    }

    /** The job must exist, and the actor may change its project (a project token only its own). */
    private static void requireChangeable(org.jdbi.v3.core.Handle h, Actor actor, long jobId) {
        long project = h.createQuery("SELECT project_id FROM job WHERE id = :id").bind("id", jobId)
                .mapTo(Long.class).findOne().orElseThrow(() -> notFound(jobId));
        if (!actor.mayChange(project)) {
            throw outsideProject(actor);
        }
    }

    /** The refusal of a change by a token limited to another project. */
    public static ApiException outsideProject(Actor actor) {
        return new ApiException(403, "Not allowed: " + actor.name() + " may change project "
                + actor.project().orElseThrow() + " only");
    }

    private static ApiException notFound(long jobId) {
        return ApiException.notFound("Job " + jobId + " is not found");
    }
}
