package org.perftracker.server.artifact;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.RequestBodies;

/**
 * The artifact API that {@code pt-artifact-ctl.py} speaks: {@code /api/v1.0/<p>/artifact/<uuid>} (POST to upload
 * or update, PATCH, GET the metadata, DELETE), the list, and the content at
 * {@code /api/v1.0/<p>/artifact_content/<uuid>} and {@code /<p>/artifact_content/<uuid>}. Every answer but a
 * download is JSON with a {@code message}, as the Python client expects.
 */
public final class ArtifactRoutes {
    private static final String API = "/api/v{version}/{project}/artifact/";
    private static final int DEFAULT_PAGE = 10;
    private static final int MAX_PAGE = 1000;

    private final ArtifactService artifacts;
    private final ArtifactForm form;
    private final RequestBodies bodies;
    private final ArtifactDownload download;

    public ArtifactRoutes(ArtifactService artifacts, com.fasterxml.jackson.databind.ObjectMapper mapper,
            RequestBodies bodies) {
        this.artifacts = artifacts;
        this.form = new ArtifactForm(mapper);
        this.bodies = bodies;
        this.download = new ArtifactDownload(artifacts);
    }

    public void register(RoutesConfig routes) {
        routes.get(API, this::list);
        routes.get(API + "{uuid}", this::info);
        routes.post(API + "{uuid}", this::save);
        routes.patch(API + "{uuid}", this::patch);
        routes.delete(API + "{uuid}", this::delete);
        routes.put(API + "{uuid}", this::notAllowed);
        routes.get("/api/v{version}/{project}/artifact_content/{uuid}", download::serve);
        routes.get("/{project}/artifact_content/{uuid}", download::serve);
    }

    /** A short answer to an artifact request. */
    public record Message(String message, String uuid) {
    }

    private void list(Context ctx) {
        int start = intParam(ctx, "start", 0);
        int length = Math.min(intParam(ctx, "length", DEFAULT_PAGE), MAX_PAGE);
        ctx.json(artifacts.page(Math.max(0, start), length < 0 ? MAX_PAGE : length).stream()
                .map(ArtifactView::of).toList());
    }

    private void info(Context ctx) {
        UUID uuid = uuid(ctx);
        ctx.json(ArtifactView.of(artifacts.find(uuid).orElseThrow(() -> notFound(uuid))));
    }

    private void save(Context ctx) {
        UUID uuid = uuid(ctx);
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        ArtifactChange change;
        Optional<InputStream> content = Optional.empty();
        if (type.startsWith("multipart/form-data")) {
            change = form.read(ctx::formParam);
            List<UploadedFile> files = ctx.uploadedFiles();
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null && !files.isEmpty()) {
                throw ApiException.badRequest("file", "can't get file data: send the file in a part named 'file'");
            }
            if (file != null) {
                content = Optional.of(file.content());
            }
        } else if (type.startsWith("application/json")) {
            change = form.readJson(bodies.read(ctx));
        } else {
            change = form.read(ctx::formParam);
        }
        ArtifactService.Result result = artifacts.save(Actor.of(ctx), uuid, change, content);
        ctx.json(new Message("Artifact has been " + result.name().toLowerCase(Locale.ROOT) + ", uuid: " + uuid,
                uuid.toString()));
    }

    private void patch(Context ctx) {
        UUID uuid = uuid(ctx);
        if (artifacts.find(uuid).isEmpty()) {
            throw notFound(uuid);
        }
        artifacts.save(Actor.of(ctx), uuid, form.readJson(bodies.read(ctx)), Optional.empty());
        ctx.json(new Message("Artifact has been updated, uuid: " + uuid, uuid.toString()));
    }

    private void delete(Context ctx) {
        UUID uuid = uuid(ctx);
        if (!artifacts.delete(Actor.of(ctx), uuid)) {
            throw notFound(uuid);
        }
        ctx.json(new Message("Artifact has been deleted, uuid: " + uuid, uuid.toString()));
    }

    private void notAllowed(Context ctx) {
        HandlerType method = ctx.method();
        throw new ApiException(405, "Method " + method + " is not allowed", Map.of());
    }

    static UUID uuid(Context ctx) {
        return ArtifactForm.uuid("uuid", ctx.pathParam("uuid"));
    }

    static ApiException notFound(UUID uuid) {
        return ApiException.notFound("Artifact with UUID " + uuid + " is not found");
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "must be an integer, got '" + value + "'");
        }
    }

}
