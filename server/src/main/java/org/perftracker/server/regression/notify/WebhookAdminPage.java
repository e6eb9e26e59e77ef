package org.perftracker.server.regression.notify;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.page.AdminNavigation;
import org.perftracker.server.page.Flash;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.ListSpec;
import org.perftracker.server.page.ListState;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Pager;
import org.perftracker.server.page.Templates;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectService;
import org.perftracker.server.web.ApiException;

/**
 * The admin pages of regression-alert webhooks: {@code /admin/webhooks} (every project's webhooks with their
 * latest delivery; add one, delete one) and {@code /admin/webhooks/<id>} (one webhook and its delivery log, newest
 * first, paged with {@code ?page=2&size=200}). They go through {@link WebhookService}, as the API does, so the
 * same checks and audit entries apply. A new webhook's secret is shown once, on the page that answers the form,
 * as a new token's value is; every other form answers with a redirect and a message.
 */
public final class WebhookAdminPage {
    static final ListSpec DELIVERIES = new ListSpec(Map.of("newest", true), "newest", List.of());

    private final WebhookService webhooks;
    private final ProjectService projects;
    private final AdminNavigation navigation;
    private final Layouts layouts;
    private final Templates templates;

    public WebhookAdminPage(WebhookService webhooks, ProjectService projects, AdminNavigation navigation,
            Layouts layouts, Templates templates) {
        this.webhooks = webhooks;
        this.projects = projects;
        this.navigation = navigation;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The webhooks page's view; {@code created} is a webhook just added, its secret shown this once. */
    public record WebhooksView(Layout layout, List<Layout.Link> sections, List<WebhookService.Listed> webhooks,
            List<Project> projects, List<String> events, Optional<WebhookService.Webhook> created) {
        public WebhooksView {
            webhooks = List.copyOf(webhooks);
            projects = List.copyOf(projects);
            events = List.copyOf(events);
        }
    }

    /** One webhook's page: the webhook, its project's name and a page of its delivery log. */
    public record WebhookView(Layout layout, List<Layout.Link> sections, WebhookService.Webhook webhook,
            String projectName, ListState state, Pager pager, List<WebhookService.Delivery> deliveries) {
        public WebhookView {
            deliveries = List.copyOf(deliveries);
        }

        /** @return the delivery log as the API gives it, raw values and payloads included */
        public String apiHref() {
            return "/api/v1.0/" + webhook.projectId() + "/webhook/" + webhook.id() + "/delivery/";
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/webhooks", ctx -> showAll(ctx, Optional.empty()));
        routes.post("/admin/webhooks", this::create);
        routes.get("/admin/webhooks/{id}", this::showOne);
        routes.post("/admin/webhooks/{id}/delete", ctx -> done(ctx, "/admin/webhooks", () -> {
            long id = PageParams.id(ctx, "id");
            WebhookService.Webhook webhook = webhooks.get(0, id);
            webhooks.delete(Actor.of(ctx), webhook.projectId(), id);
            return "Webhook " + id + " (" + webhook.url() + ") has been deleted";
        }));
    }

    private void showAll(Context ctx, Optional<WebhookService.Webhook> created) {
        templates.render(ctx, "admin/webhooks.jte", new WebhooksView(layouts.of(ctx, "Webhooks", "admin", 0),
                navigation.links("webhooks"), webhooks.listWithLatestDelivery(), projects.all(),
                Arrays.stream(WebhookEvents.values()).map(WebhookEvents::word).toList(), created));
    }

    private void showOne(Context ctx) {
        WebhookService.Webhook webhook = webhooks.get(0, PageParams.id(ctx, "id"));
        ListState state = ListState.from(DELIVERIES, ctx.path(), ctx.queryParamMap());
        WebhookService.DeliveryPage page = webhooks.deliveries(webhook.projectId(), webhook.id(), state.offset(),
                state.size());
        String projectName = projects.byId(webhook.projectId()).map(Project::name)
                .orElse("#" + webhook.projectId());
        templates.render(ctx, "admin/webhook.jte", new WebhookView(layouts.of(ctx, "Webhook " + webhook.id(),
                "admin", 0), navigation.links("webhooks"), webhook, projectName, state,
                Pager.of(state, page.total(), page.data().size()), page.data()));
    }

    /** Adds the webhook and shows its secret on the answer, the one time it is shown; or goes back with why not. */
    private void create(Context ctx) {
        WebhookService.Webhook created;
        try {
            created = webhooks.create(Actor.of(ctx), project(form(ctx, "project")), new WebhookService.NewWebhook(
                    form(ctx, "url"), Optional.of(form(ctx, "secret")), ctx.formParams("events")));
        } catch (ApiException e) {
            Flash.error("The webhook was not added: " + e.getMessage(), List.of()).send(ctx);
            ctx.redirect("/admin/webhooks", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(201);
        showAll(ctx, Optional.of(created));
    }

    /** Runs a change and goes back to the page with its message, or with what was wrong. */
    private static void done(Context ctx, String page, Supplier<String> change) {
        try {
            Flash.ok(change.get(), "").send(ctx);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            Flash.error(e.getMessage(), List.of()).send(ctx);
        }
        ctx.redirect(page, HttpStatus.SEE_OTHER);
    }

    private static long project(String value) {
        if (value.isEmpty() || value.equals("0")) {
            throw ApiException.badRequest("project", "choose the project whose alerts the webhook is told of");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("project", "must be a number, got '" + value + "'");
        }
    }

    private static String form(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }
}
