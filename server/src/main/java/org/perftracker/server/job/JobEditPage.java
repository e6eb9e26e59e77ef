package org.perftracker.server.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.perftracker.core.upload.InvalidUploadException;
import org.perftracker.core.upload.JobEdit;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.page.Flash;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;

/**
 * Changes a job from its page: the edit form ({@code /<project>/job/<id>/edit}: title, product name and version,
 * suite version, links), delete and undelete. Edits are checked as the API checks them ({@link JobEdit}); a
 * refused form comes back with its values and the problems, a saved one redirects to the job with a message.
 */
public final class JobEditPage {
    /** Empty link rows offered under the job's links, to add new ones without a script. */
    private static final int SPARE_LINK_ROWS = 2;

    private final JobService jobs;
    private final ObjectMapper mapper;
    private final Layouts layouts;
    private final Templates templates;

    JobEditPage(JobService jobs, ObjectMapper mapper, Layouts layouts, Templates templates) {
        this.jobs = jobs;
        this.mapper = mapper;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** One link of the form: a name and a URL. */
    public record LinkRow(String name, String url) {
    }

    /** The values of the form. */
    public record Form(String title, String productName, String productVer, String suiteVer, List<LinkRow> links) {
        public Form {
            links = List.copyOf(links);
        }
    }

    /** The edit page's view. */
    public record View(Layout layout, long projectId, long jobId, Form form, List<String> problems) {
        public String jobHref() {
            return "/" + projectId + "/job/" + jobId;
        }
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        JobViews.JobDetails job = jobs.details(PageParams.id(ctx, "id"));
        List<LinkRow> links = new ArrayList<>();
        job.links().forEach((name, url) -> links.add(new LinkRow(name, url)));
        Form form = new Form(job.title(), job.productName(), job.productVer(), job.suiteVer(), withSpareRows(links));
        render(ctx, projectId, job, form, List.of());
    }

    void save(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        long jobId = PageParams.id(ctx, "id");
        JobViews.JobDetails job = jobs.details(jobId);
        Form form = read(ctx);
        try {
            jobs.edit(Actor.of(ctx), jobId, parse(form));
        } catch (InvalidUploadException e) {
            List<String> problems = new ArrayList<>();
            e.errors().forEach((field, list) -> list.forEach(p -> problems.add(field + ": " + p)));
            ctx.status(400);
            render(ctx, projectId, job, new Form(form.title(), form.productName(), form.productVer(),
                    form.suiteVer(), withSpareRows(form.links())), problems);
            return;
        }
        Flash.ok("Job " + jobId + " has been saved", "").send(ctx);
        ctx.redirect("/" + projectId + "/job/" + jobId, HttpStatus.SEE_OTHER);
    }

    void delete(Context ctx) {
        setDeleted(ctx, true);
    }

    void undelete(Context ctx) {
        setDeleted(ctx, false);
    }

    private void setDeleted(Context ctx, boolean deleted) {
        long projectId = PageParams.id(ctx, "project");
        long jobId = PageParams.id(ctx, "id");
        jobs.setDeleted(Actor.of(ctx), jobId, deleted);
        Flash.ok("Job " + jobId + " has been " + (deleted ? "deleted" : "restored"), "").send(ctx);
        ctx.redirect("/" + projectId + "/job/" + jobId, HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, long projectId, JobViews.JobDetails job, Form form, List<String> problems) {
        Layout layout = layouts.of(ctx, "Edit job #" + job.id(), "jobs", projectId);
        templates.render(ctx, "job/edit.jte", new View(layout, projectId, job.id(), form, problems));
    }

    private static Form read(Context ctx) {
        List<String> names = ctx.formParams("link_name");
        List<String> urls = ctx.formParams("link_url");
        List<LinkRow> links = new ArrayList<>();
        for (int i = 0; i < Math.max(names.size(), urls.size()); i++) {
            String name = i < names.size() ? names.get(i).strip() : "";
            String url = i < urls.size() ? urls.get(i).strip() : "";
            if (!name.isEmpty() || !url.isEmpty()) {
                links.add(new LinkRow(name, url));
            }
        }
        return new Form(param(ctx, "title"), param(ctx, "product_name"), param(ctx, "product_ver"),
                param(ctx, "suite_ver"), links);
    }

    /** Checks the form as the API checks an edit; a link needs a URL, and gets one as its name if it has none. */
    private JobEdit parse(Form form) {
        InvalidUploadException.Collector problems = new InvalidUploadException.Collector();
        if (form.title().isEmpty()) {
            problems.add("title", "must not be empty");
        }
        ObjectNode body = mapper.createObjectNode().put("job_title", form.title())
                .put("product_name", form.productName()).put("product_ver", form.productVer())
                .put("suite_ver", form.suiteVer());
        ObjectNode links = body.putObject("links");
        for (LinkRow link : form.links()) {
            if (link.url().isEmpty()) {
                problems.add("links", "'" + link.name() + "' has no URL");
            } else {
                links.put(link.name().isEmpty() ? link.url() : link.name(), link.url());
            }
        }
        try {
            JobEdit edit = JobEdit.parse(body, mapper);
            problems.throwIfAny();
            return edit;
        } catch (InvalidUploadException e) {
            e.errors().forEach((field, list) -> list.forEach(p -> problems.add(field, p)));
            problems.throwIfAny();
            throw e;
        }
    }

    private static List<LinkRow> withSpareRows(List<LinkRow> links) {
        List<LinkRow> rows = new ArrayList<>(links);
        for (int i = 0; i < SPARE_LINK_ROWS; i++) {
            rows.add(new LinkRow("", ""));
        }
        return rows;
    }

    private static String param(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
