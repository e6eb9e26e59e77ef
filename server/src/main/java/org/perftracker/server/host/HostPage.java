package org.perftracker.server.host;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.ListSpec;
import org.perftracker.server.page.ListState;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Pager;
import org.perftracker.server.page.Templates;
import org.perftracker.server.web.DataTablesRequest;

/**
 * One host, {@code /<project>/hw_farm/<id>}: what it is, who holds it, its timeline, a form that locks it, and its
 * lock history, newest first, paged ({@code ?page=2}).
 */
public final class HostPage {
    static final ListSpec SPEC = new ListSpec(Map.of("begin", true), "begin", List.of("from"));

    private final HostService hosts;
    private final LockService locks;
    private final HostListPage list;
    private final Layouts layouts;
    private final Templates templates;

    HostPage(HostService hosts, LockService locks, HostListPage list, Layouts layouts, Templates templates) {
        this.hosts = hosts;
        this.locks = locks;
        this.list = list;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The page's view: the host, its timeline, the form, a page of its locks. */
    public record View(Layout layout, long projectId, HostLine host, Timeline timeline, LockForm form,
            ListState state, Pager pager, List<LockLine> history) {
        public View {
            history = List.copyOf(history);
        }
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        long id = PageParams.id(ctx, "id");
        Host host = hosts.get(id);
        long now = locks.nowMs();
        HostLine line = list.lines(List.of(host), now).get(0);
        ListState state = ListState.from(SPEC, ctx.path(), ctx.queryParamMap());
        long[] window = Timeline.window(state.filter("from"), now);
        Timeline timeline = Timeline.of(List.of(host), locks.between(Instant.ofEpochMilli(window[0]),
                        Instant.ofEpochMilli(window[1]), id), window[0], window[1], now, locks.expiresAtPlannedEnd(),
                h -> "/" + projectId + "/hw_farm/" + h, l -> "/" + projectId + "/hw_lock/" + l);
        LockRepository.Page page = locks.ofHost(id, new DataTablesRequest(0, state.offset(), state.size(), "",
                List.of(new DataTablesRequest.Order(0, false))));
        List<LockLine> history = page.rows().stream()
                .map(l -> new LockLine(l, now, locks.expiresAtPlannedEnd())).toList();
        Layout layout = layouts.of(ctx, "Host " + host.name(), "hosts", projectId);
        templates.render(ctx, "host/host.jte", new View(layout, projectId, line, timeline,
                LockForm.of(projectId, List.of(line), locks.types(), state.path()), state,
                Pager.of(state, page.total(), history.size()), history));
    }
}
