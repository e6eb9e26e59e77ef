package org.perftracker.server.regression.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesRequest;
import org.perftracker.server.web.Params;
import org.perftracker.server.regression.JsonBodies;

/**
 * The webhook admin API and the delivery log: {@code /api/v1.0/<p>/webhook/} (GET list, POST add),
 * {@code …/webhook/<id>} (GET, DELETE), {@code …/webhook/<id>/delivery/} (GET, paged), and
 * {@code /api/v1.0/<p>/notification/?channel=webhook|email} (GET, paged: every notification, e-mails included).
 */
public final class WebhookRoutes {
    private static final String API = "/api/v{version}/{project}/";
    private static final int MAX_PAGE = 1000;

    private final WebhookService webhooks;
    private final JsonBodies bodies;

    public WebhookRoutes(WebhookService webhooks, JsonBodies bodies) {
        this.webhooks = webhooks;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.get(API + "webhook/", ctx -> ctx.json(webhooks.list(Params.id(ctx, "project"))));
        routes.post(API + "webhook/", this::create);
        routes.get(API + "webhook/{id}",
                ctx -> ctx.json(webhooks.get(Params.id(ctx, "project"), Params.id(ctx, "id"))));
        routes.delete(API + "webhook/{id}", this::delete);
        routes.get(API + "webhook/{id}/delivery/", ctx -> {
            DataTablesRequest page = DataTablesRequest.from(ctx, MAX_PAGE);
            ctx.json(webhooks.deliveries(Params.id(ctx, "project"), Params.id(ctx, "id"), page.start(),
                    page.length()));
        });
        routes.get(API + "notification/", ctx -> {
            DataTablesRequest page = DataTablesRequest.from(ctx, MAX_PAGE);
            ctx.json(webhooks.notifications(Params.id(ctx, "project"),
                    Optional.ofNullable(ctx.queryParam("channel")).filter(c -> !c.isBlank()), page.start(),
                    page.length()));
        });
    }

    private void create(Context ctx) {
        long project = Params.id(ctx, "project");
        if (project == 0) {
            throw ApiException.badRequest("project", "a webhook belongs to one project; 0 means all projects");
        }
        JsonNode body = bodies.object(ctx);
        List<String> events = new ArrayList<>();
        JsonNode list = body.path("events");
        if (list.isArray()) {
            list.forEach(e -> events.add(e.asText()));
        } else if (list.isTextual()) {
            events.addAll(List.of(list.asText().split(",")));
        } else if (!list.isMissingNode() && !list.isNull()) {
            throw ApiException.badRequest("events", "must be a list of event names");
        }
        ctx.status(201).json(webhooks.create(Actor.of(ctx), project, new WebhookService.NewWebhook(
                JsonBodies.text(body, "url").orElse(""), JsonBodies.text(body, "secret"), events)));
    }

    private void delete(Context ctx) {
        long id = Params.id(ctx, "id");
        webhooks.delete(Actor.of(ctx), Params.id(ctx, "project"), id);
        ctx.json(new Deleted("Webhook " + id + " has been deleted", id));
    }

    /** The answer to a delete. */
    public record Deleted(String message, long id) {
    }

}
