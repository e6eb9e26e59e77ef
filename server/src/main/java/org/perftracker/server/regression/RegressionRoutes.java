package org.perftracker.server.regression;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesPage;
import org.perftracker.server.web.DataTablesRequest;
import org.perftracker.server.web.Params;

/**
 * The regression API under {@code /api/v1.0/<p>/}: {@code regression/} (DataTables list), {@code regression/<id>}
 * (GET with {@code jobs_list}, PATCH {@code {"title"}}), {@code regression/<id>/series/} (DataTables, filter
 * {@code class}), {@code regression/<id>/series/<sid>} (points, change points, alerts) and {@code check/?job=UUID
 * &tag=TAG} (what {@code pt check} asks).
 */
public final class RegressionRoutes {
    private static final String API = "/api/v{version}/{project}/";
    private static final int MAX_PAGE = 5000;
    private static final int MAX_POINTS = 10_000;
    private static final int DEFAULT_POINTS = 1000;

    private final RegressionService regressions;
    private final CheckService checks;
    private final JsonBodies bodies;

    public RegressionRoutes(RegressionService regressions, CheckService checks, JsonBodies bodies) {
        this.regressions = regressions;
        this.checks = checks;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.get(API + "regression/", this::list);
        routes.get(API + "regression/{id}", this::get);
        routes.patch(API + "regression/{id}", this::rename);
        routes.get(API + "regression/{id}/series/", this::seriesList);
        routes.get(API + "regression/{id}/series/{series}", this::series);
        routes.get(API + "check/", this::check);
    }

    private void list(Context ctx) {
        DataTablesRequest request = DataTablesRequest.from(ctx, MAX_PAGE);
        RegressionService.Page page = regressions.page(Params.id(ctx, "project"), request);
        ctx.json(DataTablesPage.of(request, page.total(), page.filtered(), page.rows()));
    }

    /** {@code start} and {@code length} page {@code jobs_list} (default: the newest 5,000). */
    private void get(Context ctx) {
        DataTablesRequest page = DataTablesRequest.from(ctx, MAX_PAGE);
        int length = ctx.queryParam("length") == null ? MAX_PAGE : page.length();
        ctx.json(regressions.details(Params.id(ctx, "id"), page.start(), length));
    }

    private void rename(Context ctx) {
        JsonNode body = bodies.object(ctx);
        String title = JsonBodies.text(body, "title").orElseThrow(() -> ApiException.badRequest("title",
                "is required"));
        ctx.json(regressions.rename(Actor.of(ctx), Params.id(ctx, "id"), title));
    }

    private void seriesList(Context ctx) {
        List<TrendClass> classes = new ArrayList<>();
        for (String value : ctx.queryParams("class")) {
            for (String word : value.split(",")) {
                if (!word.isBlank()) {
                    classes.add(TrendClass.parse(word).orElseThrow(() -> ApiException.badRequest("class",
                            "'" + word + "' is not one of " + TrendClass.words())));
                }
            }
        }
        ctx.json(regressions.seriesPage(Params.id(ctx, "id"), classes,
                DataTablesRequest.from(ctx, MAX_PAGE)));
    }

    /** {@code start} (default: so that the last points are shown) and {@code length} (default 1,000) page points. */
    private void series(Context ctx) {
        DataTablesRequest page = DataTablesRequest.from(ctx, MAX_POINTS);
        int length = ctx.queryParam("length") == null ? DEFAULT_POINTS : page.length();
        OptionalInt start = ctx.queryParam("start") == null ? OptionalInt.empty() : OptionalInt.of(page.start());
        ctx.json(regressions.series(Params.id(ctx, "id"), Params.id(ctx, "series"), start,
                length));
    }

    private void check(Context ctx) {
        String job = Optional.ofNullable(ctx.queryParam("job")).map(String::trim).filter(j -> !j.isEmpty())
                .orElseThrow(() -> ApiException.badRequest("job", "is required: the uuid of the job to check"));
        Optional<String> tag = Optional.ofNullable(ctx.queryParam("tag")).map(String::trim).filter(t -> !t.isEmpty());
        ctx.json(checks.check(Params.id(ctx, "project"), tag, job));
    }
}
