package org.perftracker.server.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.comparison.ComparisonRequest;
import org.perftracker.server.comparison.ComparisonService;
import org.perftracker.server.host.HostService;
import org.perftracker.server.host.LockService;
import org.perftracker.server.job.JobService;
import org.perftracker.server.job.JobUploadService;
import org.perftracker.server.job.UploadOutcome;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pt server --demo}: loads the demo project through the normal services, so that a newcomer sees every page
 * populated: four weeks of nightly jobs (a regression and its alerts come from them), two saved comparisons, and a
 * small lab of hosts with the nightly run's lock ({@link DemoLab}). Loading is idempotent: a project that already has
 * jobs is left as it is, and every demo job has a fixed uuid, so even an interrupted load never makes two of one job.
 */
public final class DemoProject {
    public static final String NAME = "Demo web shop";
    private static final Logger LOG = LoggerFactory.getLogger(DemoProject.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProjectService projects;
    private final JobService jobs;
    private final JobUploadService uploads;
    private final ComparisonService comparisons;
    private final DemoLab lab;
    private final Clock clock;

    public DemoProject(ProjectService projects, JobService jobs, JobUploadService uploads,
            ComparisonService comparisons, HostService hosts, LockService locks, Clock clock) {
        this.projects = projects;
        this.jobs = jobs;
        this.uploads = uploads;
        this.comparisons = comparisons;
        this.lab = new DemoLab(hosts, locks);
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
        List<Long> ids = all.stream().map(uploads::store).map(UploadOutcome::jobId).toList();
        compare(project.id(), "Search before and after build 2.4." + (100 + DemoJobs.REGRESSION_NIGHT),
                ids.get(DemoJobs.REGRESSION_NIGHT - 1), ids.get(DemoJobs.REGRESSION_NIGHT), ids.get(ids.size() - 1));
        compare(project.id(), "", ids.get(ids.size() - 8), ids.get(ids.size() - 1));
        lab.load();
        LOG.info("demo project '{}' loaded: {} nightly jobs, 2 comparisons, a lab of {} hosts (project id {})", NAME,
                all.size(), DemoLab.HOSTS.size(), project.id());
        return all.size();
    }

    /** Saves a comparison of these jobs, the first the baseline; a blank title is made from the jobs' titles. */
    private void compare(long projectId, String title, Long... jobIds) {
        ObjectNode body = JSON.createObjectNode().put("title", title);
        ArrayNode list = body.putArray("jobs");
        for (Long id : jobIds) {
            list.add(id);
        }
        comparisons.create(Actor.SYSTEM, projectId, ComparisonRequest.parse(body));
    }
}
