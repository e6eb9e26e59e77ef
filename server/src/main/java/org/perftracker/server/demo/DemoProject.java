package org.perftracker.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.server.job.JobService;
import org.perftracker.server.job.JobUploadService;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pt server --demo}: loads the demo project through the normal upload service, so that a newcomer sees
 * every page populated. Loading is idempotent: a project that already has jobs is left as it is, and every
 * demo job has a fixed uuid, so even an interrupted load never makes two of one job.
 */
public final class DemoProject {
    public static final String NAME = "Demo web shop";
    private static final Logger LOG = LoggerFactory.getLogger(DemoProject.class);

    private final ProjectService projects;
    private final JobService jobs;
    private final JobUploadService uploads;
    private final Clock clock;

    public DemoProject(ProjectService projects, JobService jobs, JobUploadService uploads, Clock clock) {
        this.projects = projects;
        this.jobs = jobs;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** @return the number of jobs uploaded: 0 when the demo project was already there */
    public int load() {
        Project project = projects.getOrCreate(NAME, "Nightly performance jobs of a demo web shop (pt server --demo)");
        if (!jobs.latest(List.of(project.id()), 1).isEmpty()) {
            LOG.info("demo project '{}' is already loaded", NAME);
            return 0;
        }
        Instant lastNight = Instant.now(clock).truncatedTo(ChronoUnit.DAYS).minus(Duration.ofHours(22));
        List<JobUpload> all = DemoJobs.all(NAME, lastNight);
        all.forEach(uploads::store);
        LOG.info("demo project '{}' loaded: {} nightly jobs (project id {})", NAME, all.size(), project.id());
        return all.size();
    }
}
