package org.perftracker.server.regression.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.job.JobService;
import org.perftracker.server.job.JobViews;
import org.perftracker.server.page.Flash;
import org.perftracker.server.page.Hrefs;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.regression.RegressionService;
import org.perftracker.server.web.ApiException;

/**
 * The forms of the regression pages: {@code POST /<p>/regression/<id>/title} renames a regression and
 * {@code POST /<p>/regression/<id>/job/<job>/link} includes ({@code link=true}) or excludes a job. Each says how it
 * went in a flash and returns to the page in its {@code back} field (a page of this server), else to the
 * regression's page. The route table lets editors only send them.
 */
final class RegressionForms {
    private final RegressionService regressions;
    private final JobService jobs;

    RegressionForms(RegressionService regressions, JobService jobs) {
        this.regressions = regressions;
        this.jobs = jobs;
    }

    /** A form: a new title (a token limited to another project may not give it: 403). */
    void rename(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        long id = PageParams.id(ctx, "id");
        String title = ctx.formParam("title");
        try {
            regressions.rename(Actor.of(ctx), id, title == null ? "" : title);
            Flash.ok("Regression " + id + " has been renamed", "").send(ctx);
        } catch (ApiException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            Flash.error("Regression " + id + " was not renamed: " + e.getMessage(), List.of()).send(ctx);
        }
        back(ctx, "/" + projectId + "/regression/" + id);
    }

    /** A form: include ({@code link=true}) or exclude the job from the regression's series. */
    void link(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        long id = PageParams.id(ctx, "id");
        long jobId = PageParams.id(ctx, "job");
        regressions.details(id, 0, 0);
        JobViews.JobDetails job = jobs.details(jobId);
        if (job.regression() == null || job.regression().id() != id) {
            throw ApiException.notFound("Job " + jobId + " is not part of regression " + id);
        }
        boolean linked = "true".equals(ctx.formParam("link"));
        try {
            jobs.setRegressionLink(Actor.of(ctx), jobId, linked);
            Flash.ok("Job " + jobId + " is now " + (linked ? "included in" : "excluded from") + " the regression",
                    "").send(ctx);
        } catch (ApiException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            Flash.error("Job " + jobId + " was not changed: " + e.getMessage(), List.of()).send(ctx);
        }
        back(ctx, "/" + projectId + "/regression/" + id);
    }

    /** Sends the browser back where the form says it came from (a page of this server), else to {@code page}. */
    static void back(Context ctx, String page) {
        ctx.redirect(Hrefs.localPath(ctx.formParam("back")).orElse(page), HttpStatus.SEE_OTHER);
    }

}
