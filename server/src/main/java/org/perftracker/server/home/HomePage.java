package org.perftracker.server.home;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.perftracker.server.job.JobService;
import org.perftracker.server.job.JobViews;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectService;
import org.perftracker.server.web.ApiException;

/**
 * The home page, {@code /}: per project its latest jobs, and what changed in them (when a feature tells, see
 * {@link RecentChanges}); {@code /?project=2} shows one project. A server without jobs shows how to upload a
 * first one instead. {@code /<p>/home/}, the reference server's home, redirects here.
 */
public final class HomePage {
    static final int JOBS_PER_PROJECT = 10;

    private final JobService jobs;
    private final ProjectService projects;
    private final RecentChanges changes;
    private final Layouts layouts;
    private final Templates templates;

    public HomePage(JobService jobs, ProjectService projects, RecentChanges changes, Layouts layouts,
            Templates templates) {
        this.jobs = jobs;
        this.projects = projects;
        this.changes = changes;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The jobs of one project on the home page. */
    public record ProjectJobs(Project project, List<JobViews.JobRow> jobs) {
        public String jobsHref() {
            return "/" + project.id() + "/job/";
        }

        public String jobHref(long jobId) {
            return "/" + project.id() + "/job/" + jobId;
        }
    }

    /**
     * The home page's view.
     *
     * @param firstUpload what to show instead when there are no jobs at all
     */
    public record View(Layout layout, List<ProjectJobs> projects, Map<Long, List<RecentChanges.Change>> changes,
            FirstUpload firstUpload) {
        public boolean isEmpty() {
            return projects.stream().allMatch(p -> p.jobs().isEmpty());
        }

        public List<RecentChanges.Change> changesOf(long jobId) {
            return changes.getOrDefault(jobId, List.of());
        }
    }

    public void register(io.javalin.config.RoutesConfig routes) {
        routes.get("/", this::show);
        routes.get("/{project}/home/", ctx -> {
            long projectId = PageParams.id(ctx, "project");
            ctx.redirect(projectId == Project.ALL ? "/" : "/?project=" + projectId, HttpStatus.MOVED_PERMANENTLY);
        });
    }

    private void show(Context ctx) {
        long only = projectParam(ctx);
        List<Project> shown = projects.all().stream().filter(p -> only == Project.ALL ? p.visible() : p.id() == only)
                .toList();
        if (only != Project.ALL && shown.isEmpty()) {
            throw ApiException.notFound("Project " + only + " does not exist");
        }
        List<JobViews.JobRow> latest = jobs.latest(shown.stream().map(Project::id).toList(), JOBS_PER_PROJECT);
        Map<Long, List<JobViews.JobRow>> byProject = new LinkedHashMap<>();
        latest.forEach(j -> byProject.computeIfAbsent(j.project().id(), k -> new ArrayList<>()).add(j));
        List<ProjectJobs> sections = shown.stream()
                .map(p -> new ProjectJobs(p, byProject.getOrDefault(p.id(), List.of()))).toList();
        Map<Long, List<RecentChanges.Change>> found = latest.isEmpty() ? Map.of()
                : changes.of(latest.stream().map(JobViews.JobRow::id).toList());
        String projectName = shown.isEmpty() ? "Default project" : shown.get(0).name();
        FirstUpload first = FirstUpload.of(serverUrl(ctx), projectName, UUID.randomUUID());
        Layout layout = layouts.of(ctx, "Home", "home", only);
        templates.render(ctx, "home/home.jte", new View(layout, sections, found, first));
    }

    private static long projectParam(Context ctx) {
        String value = ctx.queryParam("project");
        try {
            return value == null || value.isBlank() ? Project.ALL : Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Project.ALL;
        }
    }

    /** @return the address the viewer used to reach this server, e.g. {@code http://127.0.0.1:9000} */
    static String serverUrl(Context ctx) {
        String host = ctx.host();
        return ctx.scheme() + "://" + (host == null || host.isBlank() ? "127.0.0.1:9000" : host);
    }
}
