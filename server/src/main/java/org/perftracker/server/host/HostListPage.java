package org.perftracker.server.host;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.ListSpec;
import org.perftracker.server.page.ListState;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Pager;
import org.perftracker.server.page.Templates;
import org.perftracker.server.web.DataTablesRequest;

/**
 * The lab's hosts, {@code /<project>/hw_farm/}: the lock timeline of the hosts shown (the past week and the next
 * days, {@code ?from=2026-01-01} for another window), the hosts paged, sorted and searched in SQL
 * ({@code ?q=debian&sort=ram&dir=desc}), who holds each, and a form that locks some of them.
 */
public final class HostListPage {
    /** Sort keys and the host list's column indexes they sort by ({@link HostRepository}'s numbering). */
    private static final Map<String, Integer> COLUMNS = Map.ofEntries(Map.entry("order", 1), Map.entry("name", 3),
            Map.entry("os", 4), Map.entry("hostname", 5), Map.entry("purpose", 6), Map.entry("model", 7),
            Map.entry("cpus", 9), Map.entry("ram", 10), Map.entry("storage", 11), Map.entry("network", 12));
    static final ListSpec SPEC = new ListSpec(Map.ofEntries(Map.entry("order", true), Map.entry("name", false),
            Map.entry("os", false), Map.entry("hostname", false), Map.entry("purpose", false),
            Map.entry("model", false), Map.entry("cpus", true), Map.entry("ram", true), Map.entry("storage", true),
            Map.entry("network", true)), "order", List.of("from"));

    private final HostService hosts;
    private final LockService locks;
    private final Layouts layouts;
    private final Templates templates;

    HostListPage(HostService hosts, LockService locks, Layouts layouts, Templates templates) {
        this.hosts = hosts;
        this.locks = locks;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The page's view. */
    public record View(Layout layout, long projectId, ListState state, Pager pager, long totalHosts,
            List<HostLine> hosts, Timeline timeline, LockForm form) {
        public View {
            hosts = List.copyOf(hosts);
        }

        /** @return this page with the timeline moved to the window starting on that day */
        public String timelineHref(String fromDay) {
            Map<String, String> filters = new java.util.HashMap<>(state.filters());
            filters.put("from", fromDay);
            return new ListState(state.spec(), state.path(), state.page(), state.size(), state.sort(),
                    state.descending(), state.search(), filters).href();
        }

        /** @return this page with the timeline back at its default window */
        public String timelineNowHref() {
            Map<String, String> filters = new java.util.HashMap<>(state.filters());
            filters.remove("from");
            return new ListState(state.spec(), state.path(), state.page(), state.size(), state.sort(),
                    state.descending(), state.search(), filters).href();
        }
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        ListState state = ListState.from(SPEC, ctx.path(), ctx.queryParamMap());
        HostRepository.Page page = hosts.page(projectId, request(state), List.of());
        long now = locks.nowMs();
        List<HostLine> lines = lines(page.rows(), now);
        long[] window = Timeline.window(state.filter("from"), now);
        List<HostLock> shown = locks.between(Instant.ofEpochMilli(window[0]), Instant.ofEpochMilli(window[1]),
                page.rows().stream().map(Host::id).toList());
        Timeline timeline = Timeline.of(page.rows(), shown, window[0], window[1], now, locks.expiresAtPlannedEnd(),
                id -> "/" + projectId + "/hw_farm/" + id, id -> "/" + projectId + "/hw_lock/" + id);
        Layout layout = layouts.of(ctx, "Hosts", "hosts", projectId);
        templates.render(ctx, "host/list.jte", new View(layout, projectId, state,
                Pager.of(state, page.filtered(), lines.size()), page.total(), lines, timeline,
                LockForm.of(projectId, lines, locks.types(), state.href())));
    }

    /** @return the hosts with the locks that hold them, read in one query */
    List<HostLine> lines(List<Host> rows, long now) {
        Map<Long, HostLock> holding = locks.byIds(rows.stream().map(Host::lockedBy).filter(Objects::nonNull)
                .distinct().toList());
        return rows.stream().map(h -> new HostLine(h, Optional.ofNullable(h.lockedBy()).map(holding::get), now))
                .toList();
    }

    private static DataTablesRequest request(ListState state) {
        int column = COLUMNS.getOrDefault(state.sort(), 1);
        return new DataTablesRequest(0, state.offset(), state.size(), state.search(),
                List.of(new DataTablesRequest.Order(column, !state.descending())));
    }
}
