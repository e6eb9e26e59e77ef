package org.perftracker.server.regression.alert;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.regression.JsonBodies;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesRequest;
import org.perftracker.server.web.Params;

/**
 * The alerts API: {@code GET /api/v1.0/<p>/alert/} (filters {@code regression}, {@code series}, {@code state}
 * (repeatable or comma-separated), {@code direction}, {@code job} (id or uuid), {@code detected}; {@code start},
 * {@code length}; {@code group_by=job}), {@code GET …/alert/<id>} (with history) and {@code PATCH …/alert/<id>}
 * (triage: {@code state}, {@code note}, {@code bug_url}).
 */
public final class AlertRoutes {
    private static final String API = "/api/v{version}/{project}/alert/";
    private static final int MAX_PAGE = 1000;
    /** Who triages until users sign in. */

    private final AlertService alerts;
    private final JsonBodies bodies;
    public AlertRoutes(AlertService alerts, JsonBodies bodies) {
        this.alerts = alerts;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.get(API, this::list);
        routes.get(API + "{id}", ctx -> ctx.json(alerts.get(Params.id(ctx, "id"))));
        routes.patch(API + "{id}", this::triage);
    }

    private void list(Context ctx) {
        DataTablesRequest page = DataTablesRequest.from(ctx, MAX_PAGE);
        AlertFilter filter = filter(ctx);
        if ("job".equals(ctx.queryParam("group_by"))) {
            ctx.json(alerts.pageByJob(filter, page.start(), page.length()));
        } else if (ctx.queryParam("group_by") != null) {
            throw ApiException.badRequest("group_by", "can only be job");
        } else {
            ctx.json(alerts.page(filter, page.start(), page.length()));
        }
    }

    private AlertFilter filter(Context ctx) {
        Set<AlertState> states = new HashSet<>();
        for (String value : ctx.queryParams("state")) {
            for (String word : value.split(",")) {
                if (!word.isBlank()) {
                    states.add(AlertState.parse(word).orElseThrow(() -> ApiException.badRequest("state",
                            "'" + word + "' is not one of " + AlertState.words())));
                }
            }
        }
        Optional<Direction> direction = param(ctx, "direction").map(d -> Direction.parse(d).orElseThrow(
                () -> ApiException.badRequest("direction", "must be regression or improvement, got '" + d + "'")));
        Optional<Boolean> detected = param(ctx, "detected").map(d -> switch (d) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiException.badRequest("detected", "must be true or false, got '" + d + "'");
        });
        Optional<Long> job = param(ctx, "job").map(j -> j.matches("\\d{1,18}") ? Long.parseLong(j)
                : alerts.jobId(j).orElse(-1L));
        return new AlertFilter(Params.id(ctx, "project"), param(ctx, "regression").map(v -> number("regression", v)),
                param(ctx, "series").map(v -> number("series", v)), states, direction, job, detected);
    }

    private void triage(Context ctx) {
        JsonNode body = bodies.object(ctx);
        AlertService.Triage triage = new AlertService.Triage(JsonBodies.text(body, "state"),
                JsonBodies.text(body, "note"), JsonBodies.text(body, "bug_url"));
        ctx.json(alerts.triage(Params.id(ctx, "id"), triage, Actor.of(ctx)));
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "must be a number, got '" + value + "'");
        }
    }
}
