package org.perftracker.server.job;

import io.javalin.http.Context;
import org.perftracker.server.page.PageParams;

/**
 * A whole job as a file: {@code ?as_json=1} is a JSON file that can be uploaded again (the reference server's
 * download), {@code ?as_csv=1} a CSV of the tests with their statistics and raw scores.
 */
final class JobDownloads {
    private final JobService jobs;
    private final JobDownloadWriter json;

    JobDownloads(JobService jobs, JobDownloadWriter json) {
        this.jobs = jobs;
        this.json = json;
    }

    void json(Context ctx) {
        long id = PageParams.id(ctx, "id");
        JobService.JobDownload job = jobs.download(id);
        attachment(ctx, fileName(id, job.job().title(), "json"), "application/json");
        ctx.result(json.write(job));
    }

    void csv(Context ctx) {
        long id = PageParams.id(ctx, "id");
        JobService.JobDownload job = jobs.download(id);
        attachment(ctx, fileName(id, job.job().title(), "csv"), "text/csv; charset=utf-8");
        ctx.result(JobCsvWriter.write(job.tests()));
    }

    /** @return e.g. {@code job-17-Nightly_web_perf.json}: the title with anything unsafe in a file name replaced */
    static String fileName(long id, String title, String extension) {
        return "job-" + id + "-" + title.replaceAll("[^a-zA-Z0-9_-]", "_") + "." + extension;
    }

    private static void attachment(Context ctx, String name, String contentType) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(contentType);
    }
}
