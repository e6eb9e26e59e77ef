package org.perftracker.server.job;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.perftracker.core.upload.EnvNode;
import org.perftracker.core.upload.InvalidUploadException;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.db.Database;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectRepository;
import org.perftracker.server.regression.RegressionRepository;

/**
 * Stores an uploaded job in one transaction: the job row, its tests merged by uuid, its environment, its
 * regression membership and its counters land together or not at all.
 *
 * <p>Values an upload does not send keep their stored value. A job joins a regression only when the upload
 * carries a non-empty {@code regression_tag}; a user's decision to unlink it survives later uploads to the
 * same regression.
 */
public final class JobUploadService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JobUploadService.class);
    private final Database db;
    private final Clock clock;
    private final ProjectRepository projects;
    private final RegressionRepository regressions;
    private final JobWriteRepository jobs;
    private final TestWriteRepository tests;
    private final EnvNodeRepository envNodes = new EnvNodeRepository();
    private final TestGroupRepository groups = new TestGroupRepository();
    private final JsonText json;
    private final List<UploadListener> listeners;

    public JobUploadService(Database db, Clock clock, ProjectRepository projects, RegressionRepository regressions,
            com.fasterxml.jackson.databind.ObjectMapper mapper, List<UploadListener> listeners) {
        this.db = db;
        this.clock = clock;
        this.projects = projects;
        this.regressions = regressions;
        this.jobs = new JobWriteRepository(db.vendor());
        this.tests = new TestWriteRepository(db.vendor());
        this.json = new JsonText(mapper);
        this.listeners = List.copyOf(listeners);
    }

    /** @throws InvalidUploadException when the upload cannot be stored; nothing is stored then */
    public UploadOutcome store(JobUpload upload) {
        return store(upload, Actor.SYSTEM);
    }

    /**
     * Stores an upload that this actor sent; a token limited to one project may upload into that project only
     * (and not over a job of another).
     */
    public UploadOutcome store(JobUpload upload, Actor actor) {
        List<PreparedTest> prepared = PreparedTest.all(upload.tests(), json);
        UploadOutcome outcome = db.write(h -> storeIn(h, upload, prepared, actor));
        for (UploadListener listener : listeners) {
            try {
                listener.uploaded(outcome);
            } catch (RuntimeException e) {
                LOG.error("after job {} was stored, {} failed; the upload stands", outcome.jobId(), listener, e);
            }
        }
        return outcome;
    }

    private UploadOutcome storeIn(Handle h, JobUpload upload, List<PreparedTest> prepared, Actor actor) {
        Project project = projects.byName(h, upload.projectName()).orElseThrow(() -> unknownProject(h, upload));
        long now = clock.millis();
        Optional<JobState> existing = jobs.lockByUuid(h, upload.uuid());
        if (!actor.mayChange(project.id()) || existing.map(j -> !actor.mayChange(j.projectId())).orElse(false)) {
            throw JobService.outsideProject(actor);
        }
        boolean created = false;
        if (existing.isEmpty()) {
            String title = upload.title().orElseThrow(() -> InvalidUploadException.of("job_title",
                    "is required for a new job (or 'title')"));
            JobTimes times = JobTimes.ofRun(upload.begin(), upload.end(), now);
            Optional<Long> id = jobs.insert(h, upload.uuid(), project.id(), title, times, now);
            created = id.isPresent();
            existing = id.isPresent()
                    ? Optional.of(new JobState(id.get(), project.id(), times, null, false))
                    : jobs.lockByUuid(h, upload.uuid());
        }
        JobState job = existing.orElseThrow();
        TestMerge.Plan plan = TestMerge.plan(created ? List.of() : tests.states(h, job.id()), prepared,
                upload.append());
        tests.delete(h, plan.deletes());
        tests.update(h, plan.updates());
        tests.insert(h, job.id(), plan.inserts());
        groups.ensure(h, plan.groups());
        String envNames = null;
        if (!upload.envNodes().isEmpty()) {
            envNodes.replace(h, job.id(), upload.envNodes());
            envNames = upload.envNodes().stream().map(EnvNode::name).collect(Collectors.joining(", "));
        }
        jobs.update(h, job.id(), values(h, upload, project, job, created, now, envNames, plan.counters()));
        UploadOutcome.Result result = created ? UploadOutcome.Result.CREATED
                : upload.append() ? UploadOutcome.Result.APPENDED : UploadOutcome.Result.UPDATED;
        return new UploadOutcome(job.id(), upload.uuid(), project.id(), result, upload.tests().size());
    }

    private JobWriteRepository.JobValues values(Handle h, JobUpload upload, Project project, JobState job,
            boolean created, long now, String envNames, JobCounters counters) {
        JobTimes times;
        if (created) {
            times = job.times();
        } else if (upload.edited()) {
            times = job.times().edit(upload.begin(), upload.end());
        } else if (upload.append()) {
            times = job.times().append(upload.begin(), upload.end(), now);
        } else {
            times = JobTimes.ofRun(upload.begin(), upload.end(), now);
        }
        Long regressionId = job.regressionId();
        boolean linked = job.regressionLinked();
        Optional<String> tag = upload.regressionTag().map(String::trim).filter(t -> !t.isEmpty());
        if (tag.isPresent()) {
            long id = regressions.getOrCreate(h, project.id(), tag.get());
            if (regressionId == null || regressionId != id) {
                regressionId = id;
                linked = true;
            }
        } else if (job.projectId() != project.id()) {
            regressionId = null;
            linked = false;
        }
        return new JobWriteRepository.JobValues(project.id(), upload.title().orElse(null),
                upload.cmdline().orElse(null), upload.suiteName().orElse(null), upload.suiteVer().orElse(null),
                upload.author().orElse(null), upload.productName().orElse(null), upload.productVer().orElse(null),
                upload.links().map(json::map).orElse(null), times, now, envNames, regressionId, linked, counters);
    }

    private InvalidUploadException unknownProject(Handle h, JobUpload upload) {
        String known = projects.all(h).stream().map(p -> "'" + p.name() + "'").collect(Collectors.joining(", "));
        String message = "Project '" + upload.projectName() + "' doesn't exist. Use: " + known;
        return new InvalidUploadException(message, Map.of("project_name", List.of(message)));
    }
}
