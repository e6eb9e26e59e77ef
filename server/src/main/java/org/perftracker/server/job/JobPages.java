package org.perftracker.server.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import org.perftracker.server.home.RecentChanges;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.NavEntry;
import org.perftracker.server.page.Templates;
import org.perftracker.server.project.ProjectService;

/**
 * The web pages of jobs, at the reference server's URLs so that bookmarks keep working:
 * <pre>
 * GET  /&lt;p&gt;/job/                      the jobs list (p = 0: all projects)
 * POST /&lt;p&gt;/job/                      upload a job file (multipart: job_file, job_title)
 * GET  /&lt;p&gt;/job/&lt;id&gt;                 a job and its tests; ?as_json=1, ?as_csv=1, ?part=details
 * GET  /&lt;p&gt;/job/&lt;id&gt;/test/&lt;test&gt;     a test; ?part=1 for the details alone
 * GET  /&lt;p&gt;/job/&lt;id&gt;/edit            the edit form; POST saves it
 * POST /&lt;p&gt;/job/&lt;id&gt;/delete, …/undelete
 * </pre>
 */
public final class JobPages {
    /** The navigation entry of the jobs list. */
    public static final NavEntry NAV = new NavEntry("jobs", "Jobs", NavEntry.JOBS, p -> "/" + p + "/job/");

    private final JobListPage list;
    private final JobUploadForm upload;
    private final JobPage job;
    private final JobTestPage test;
    private final JobEditPage edit;

    public JobPages(JobService jobs, JobUploadService uploads, ProjectService projects, ObjectMapper mapper,
            Layouts layouts, Templates templates, long maxUploadBytes, RecentChanges changes) {
        this.list = new JobListPage(jobs, layouts, templates);
        this.upload = new JobUploadForm(mapper, uploads, projects, maxUploadBytes);
        this.job = new JobPage(jobs, layouts, templates, new JobDownloads(jobs, new JobDownloadWriter(mapper)),
                changes);
        this.test = new JobTestPage(jobs, layouts, templates);
        this.edit = new JobEditPage(jobs, mapper, layouts, templates);
    }

    public void register(RoutesConfig routes) {
        routes.get("/{project}/job/", list::show);
        routes.post("/{project}/job/", upload::submit);
        routes.get("/{project}/job/{id}", job::show);
        routes.get("/{project}/job/{id}/test/{test}", test::show);
        routes.get("/{project}/job/{id}/edit", edit::show);
        routes.post("/{project}/job/{id}/edit", edit::save);
        routes.post("/{project}/job/{id}/delete", edit::delete);
        routes.post("/{project}/job/{id}/undelete", edit::undelete);
    }
}
