package org.perftracker.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import org.perftracker.core.upload.InvalidUploadException;
import org.perftracker.core.upload.JobEdit;
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.UploadParser;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesPage;
import org.perftracker.server.web.DataTablesRequest;
import org.perftracker.server.web.Params;
import org.perftracker.server.web.RequestBodies;

/**
 * The job API under {@code /api/v1.0/<project>/job/}: the upload that perftrackerlib speaks, the DataTables
 * lists of jobs and tests, one job or test, edits, deletes and regression links.
 */
public final class JobRoutes {
    static final String API = "/api/v{version}/{project}/job/";
    private static final int MAX_PAGE = 5000;

    private final JobUploadService uploads;
    private final JobService jobs;
    private final UploadParser parser;
    private final ObjectMapper mapper;
    private final RequestBodies bodies;

    public JobRoutes(JobUploadService uploads, JobService jobs, ObjectMapper mapper, RequestBodies bodies) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.parser = new UploadParser(mapper);
        this.mapper = mapper;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post(API, this::upload);
        routes.get(API, this::list);
        routes.get(API + "{id}", this::get);
        routes.put(API + "{id}", this::edit);
        routes.patch(API + "{id}", this::patch);
        routes.delete(API + "{id}", this::delete);
        routes.get(API + "{id}/group/", this::groups);
        routes.get(API + "{id}/group/{group}/test/", this::tests);
        routes.get(API + "{id}/group/{group}/test/{test}", this::test);
    }

    /** One upload: answers 200 with the job's id, whatever the Content-Type (perftrackerlib sends none). */
    private void upload(Context ctx) {
        JobUpload upload = parser.parse(bodies.read(ctx));
        UploadOutcome outcome = uploads.store(upload, Actor.of(ctx));
        ctx.json(new UploadAnswer(outcome.message(), outcome.jobId(), outcome.uuid().toString(),
                outcome.result().word()));
    }

    /** The answer to an upload. */
    public record UploadAnswer(String message, long id, String uuid, String result) {
    }

    private void list(Context ctx) {
        DataTablesRequest request = DataTablesRequest.from(ctx, MAX_PAGE);
        JobReadRepository.Page page = jobs.page(Params.id(ctx, "project"), request);
        ctx.json(DataTablesPage.of(request, page.total(), page.filtered(), page.rows()));
    }

    private void get(Context ctx) {
        ctx.json(jobs.details(Params.id(ctx, "id")));
    }

    /** An edit of the job's fields; as in the reference UI, saving an edit also undeletes the job. */
    private void edit(Context ctx) {
        long id = Params.id(ctx, "id");
        JobEdit edit = JobEdit.parse(readJson(ctx), mapper);
        if (edit.deleted().isEmpty()) {
            edit = new JobEdit(edit.title(), edit.productName(), edit.productVer(), edit.suiteName(),
                    edit.suiteVer(), edit.links(), java.util.Optional.of(false));
        }
        jobs.edit(Actor.of(ctx), id, edit);
        ctx.json(new Message("OK, job " + id + " has been edited", id));
    }

    /** {@code {"link": bool}} shows or hides the job in its regression; {@code {"deleted": bool}} (un)deletes. */
    private void patch(Context ctx) {
        long id = Params.id(ctx, "id");
        JsonNode body = readJson(ctx);
        JsonNode bodyId = body.get("job_id");
        if (bodyId != null && !bodyId.isNull() && bodyId.asLong(-1) != id) {
            throw ApiException.badRequest("job_id", "is " + bodyId + " but the URL names job " + id);
        }
        if (body.hasNonNull("link")) {
            jobs.setRegressionLink(Actor.of(ctx), id, body.get("link").asBoolean());
            ctx.json(new Message("OK", id));
        } else if (body.hasNonNull("deleted")) {
            jobs.setDeleted(Actor.of(ctx), id, body.get("deleted").asBoolean());
            ctx.json(new Message("OK", id));
        } else {
            throw new ApiException(400, "Wrong data in json: send {\"link\": true|false} or {\"deleted\": true|false}",
                    Map.of("link", java.util.List.of("is required")));
        }
    }

    private void delete(Context ctx) {
        long id = Params.id(ctx, "id");
        jobs.setDeleted(Actor.of(ctx), id, true);
        ctx.json(new Message("Job " + id + " has been deleted", id));
    }

    /** A short answer to a write. */
    public record Message(String message, long id) {
    }

    private void groups(Context ctx) {
        ctx.json(jobs.groups(Params.id(ctx, "id")));
    }

    private void tests(Context ctx) {
        DataTablesRequest request = DataTablesRequest.from(ctx, MAX_PAGE);
        TestViews.TestPage page = jobs.tests(Params.id(ctx, "id"), Params.id(ctx, "group"), request);
        ctx.json(DataTablesPage.of(request, page.total(), page.filtered(), page.rows()));
    }

    private void test(Context ctx) {
        ctx.json(jobs.test(Params.id(ctx, "id"), Params.id(ctx, "test")));
    }

    private JsonNode readJson(Context ctx) {
        byte[] body = bodies.read(ctx);
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw InvalidUploadException.of("body", "is empty; send a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw InvalidUploadException.of("body", "is not valid JSON: " + e.getMessage());
        }
    }
}
