package org.perftracker.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.perftracker.core.upload.InvalidUploadException;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.Limits;
import org.perftracker.core.upload.UploadParser;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.page.Flash;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectService;
import org.perftracker.server.web.ApiException;

/**
 * The upload form of the jobs list: {@code POST /<project>/job/} with a {@code job_file} and an optional
 * {@code job_title}. The file goes through the same parser and upload service as the API, into the project of
 * the page (on "All projects", into the project the file names), with the title given in the form if any.
 * Either way the browser is sent back to the list (post/redirect/get) with a message: the new job, or every
 * problem found.
 */
final class JobUploadForm {
    private final ObjectMapper mapper;
    private final UploadParser parser;
    private final JobUploadService uploads;
    private final ProjectService projects;
    private final long maxBytes;

    JobUploadForm(ObjectMapper mapper, JobUploadService uploads, ProjectService projects, long maxBytes) {
        this.mapper = mapper;
        this.parser = new UploadParser(mapper);
        this.uploads = uploads;
        this.projects = projects;
        this.maxBytes = maxBytes;
    }

    void submit(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        Project project = projectId == Project.ALL ? null : projects.byId(projectId)
                .orElseThrow(() -> ApiException.notFound("Project " + projectId + " does not exist"));
        try {
            JobUpload upload = parse(ctx, project);
            UploadOutcome outcome = uploads.store(upload, Actor.of(ctx));
            Flash.ok(outcome.message(), "/" + projectId + "/job/" + outcome.jobId()).send(ctx);
        } catch (InvalidUploadException e) {
            List<String> details = new ArrayList<>();
            e.errors().forEach((field, problems) -> problems.forEach(p -> details.add(field + ": " + p)));
            Flash.error("The job was not uploaded: " + e.getMessage(), details).send(ctx);
        } catch (ApiException e) {
            Flash.error("The job was not uploaded: " + e.getMessage(), List.of()).send(ctx);
        }
        ctx.redirect(back, HttpStatus.SEE_OTHER);
    }

    private JobUpload parse(Context ctx, Project project) {
        UploadedFile file = ctx.uploadedFile("job_file");
        if (file == null || file.filename() == null || file.filename().isEmpty()) {
            throw InvalidUploadException.of("job_file", "choose a job file (JSON) to upload");
        }
        if (file.size() > maxBytes) {
            throw InvalidUploadException.of("job_file", "is " + file.size() + " bytes, larger than the limit of "
                    + maxBytes + " bytes");
        }
        byte[] body;
        try (InputStream in = file.content()) {
            body = in.readAllBytes();
        } catch (IOException e) {
            throw InvalidUploadException.of("job_file", "could not be read: " + e.getMessage());
        }
        String title = ctx.formParam("job_title");
        title = title == null ? "" : title.strip();
        if (title.length() > Limits.TITLE) {
            throw InvalidUploadException.of("job_title", "is " + title.length() + " characters long, at most "
                    + Limits.TITLE + " allowed");
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            return parser.parse(body); // refuses it, saying where the JSON breaks
        }
        if (root instanceof ObjectNode job) {
            if (project != null) {
                job.put("project_name", project.name());
            }
            if (!title.isEmpty()) {
                job.put("job_title", title);
            }
            return parser.parse(job);
        }
        return parser.parse(body);
    }
}
