package org.perftracker.server.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesPage;
import org.perftracker.server.web.DataTablesRequest;
import org.perftracker.server.web.Params;
import org.perftracker.server.web.RequestBodies;

/**
 * Hosts and locks under {@code /api/v1.0/<p>/}: {@code hw_farm/} (the hosts; DataTables list with filters such as
 * {@code filter[0][column]=locked_by&filter[0][value]=} for free hosts), {@code hw_lock/} (locks: create, read,
 * change, release; {@code ?active=1} lists only the locks that hold their hosts now) and {@code lock_type/}, as
 * the reference UI and CI scripts call them.
 */
public final class HostRoutes {
    private static final String API = "/api/v{version}/{project}/";
    private static final int MAX_PAGE = 5000;
    private static final int MAX_FILTERS = 5;

    private final HostService hosts;
    private final LockService locks;
    private final ObjectMapper mapper;
    private final RequestBodies bodies;
    private final Clock clock;

    public HostRoutes(HostService hosts, LockService locks, ObjectMapper mapper, RequestBodies bodies, Clock clock) {
        this.hosts = hosts;
        this.locks = locks;
        this.mapper = mapper;
        this.bodies = bodies;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get(API + "hw_farm/", this::listHosts);
        routes.post(API + "hw_farm/", ctx -> ctx.status(201).json(HostViews.HostDetails.of(hosts.create(
                Actor.of(ctx), json(ctx)))));
        routes.get(API + "hw_farm/{id}", ctx -> ctx.json(HostViews.HostDetails.of(hosts.get(Params.id(ctx, "id")))));
        routes.put(API + "hw_farm/{id}",
                ctx -> ctx.json(HostViews.HostDetails.of(hosts.update(Actor.of(ctx), Params.id(ctx, "id"),
                        json(ctx)))));
        routes.get(API + "hw_lock/", this::listLocks);
        routes.post(API + "hw_lock/", this::acquire);
        routes.get(API + "hw_lock/{id}", ctx -> ctx.json(view(locks.get(Params.id(ctx, "id")))));
        routes.put(API + "hw_lock/{id}", ctx -> answer(ctx, locks.update(Actor.of(ctx), Params.id(ctx, "id"),
                LockRequest.parse(json(ctx), true))));
        routes.delete(API + "hw_lock/{id}", this::release);
        routes.get(API + "lock_type/", ctx -> ctx.json(locks.types().stream().map(HostViews.TypeView::of).toList()));
        routes.post(API + "lock_type/", ctx -> ctx.status(201).json(HostViews.TypeView.of(hosts.createType(
                Actor.of(ctx), json(ctx)))));
        routes.put(API + "lock_type/{id}", ctx -> ctx.json(HostViews.TypeView.of(hosts.updateType(Actor.of(ctx),
                Params.id(ctx, "id"), json(ctx)))));
    }

    /** The answer to every lock change (take, change, release): the reference's "OK" as a message, and the lock. */
    public record LockAnswer(String message, long id, HostViews.LockView lock) {
    }

    private void acquire(Context ctx) {
        answer(ctx, locks.acquire(Actor.of(ctx), LockRequest.parse(json(ctx), false)));
    }

    private void release(Context ctx) {
        answer(ctx, locks.release(Actor.of(ctx), Params.id(ctx, "id")));
    }

    private void answer(Context ctx, HostLock lock) {
        ctx.json(new LockAnswer("OK", lock.id(), view(lock)));
    }

    private void listHosts(Context ctx) {
        DataTablesRequest request = DataTablesRequest.from(ctx, MAX_PAGE);
        List<HostRepository.Filter> filters = new ArrayList<>();
        for (int i = 0; i < MAX_FILTERS; i++) {
            String column = ctx.queryParam("filter[" + i + "][column]");
            if (column == null) {
                break;
            }
            String sql = HostRepository.FILTERS.get(column);
            if (sql == null) {
                throw ApiException.badRequest("filter[" + i + "][column]", "cannot filter on '" + column
                        + "'; use one of " + HostRepository.FILTERS.keySet());
            }
            String value = ctx.queryParam("filter[" + i + "][value]");
            filters.add(new HostRepository.Filter(sql, value == null ? "" : value));
        }
        HostRepository.Page page = hosts.page(Params.id(ctx, "project"), request, filters);
        ctx.json(DataTablesPage.of(request, page.total(), page.filtered(),
                page.rows().stream().map(HostViews.HostRow::of).toList()));
    }

    private void listLocks(Context ctx) {
        DataTablesRequest request = DataTablesRequest.from(ctx, MAX_PAGE);
        String active = ctx.queryParam("active");
        LockRepository.Page page = locks.page(request, active != null && !active.isBlank() && !active.equals("0")
                && !active.equalsIgnoreCase("false"));
        ctx.json(DataTablesPage.of(request, page.total(), page.filtered(),
                page.rows().stream().map(this::view).toList()));
    }

    private HostViews.LockView view(HostLock lock) {
        return HostViews.LockView.of(lock, clock.millis(), locks.expiresAtPlannedEnd());
    }

    private JsonNode json(Context ctx) {
        try {
            return mapper.readTree(bodies.read(ctx));
        } catch (IOException e) {
            throw ApiException.badRequest("body", "is not valid JSON: " + e.getMessage());
        }
    }
}
