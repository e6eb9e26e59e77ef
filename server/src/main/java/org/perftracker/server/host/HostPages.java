package org.perftracker.server.host;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.NavEntry;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectService;
import org.perftracker.server.web.ApiException;

/**
 * The web pages of the lab's hosts and their locks, at the reference server's URL for the list:
 * <pre>
 * GET  /&lt;p&gt;/hw_farm/                 the hosts and their lock timeline; ?q=, sort=, dir=, size=, page=, from=
 * GET  /&lt;p&gt;/hw_farm/&lt;id&gt;            a host, its timeline and its lock history
 * GET  /&lt;p&gt;/hw_lock/&lt;id&gt;            a lock (where a bar of the timeline leads)
 * POST /&lt;p&gt;/hw_lock/                 lock hosts: title, type, hours or deadline, host…
 * POST /&lt;p&gt;/hw_lock/&lt;id&gt;/extend     hold them longer: hours more, or a deadline
 * POST /&lt;p&gt;/hw_lock/&lt;id&gt;/release    release them
 * </pre>
 * The forms need the uploader role (auth's route table), as the lock API does.
 */
public final class HostPages {
    /** The navigation entry of the hosts list. */
    public static final NavEntry NAV = new NavEntry("hosts", "Hosts", NavEntry.HOSTS, p -> "/" + p + "/hw_farm/");

    private final HostListPage list;
    private final HostPage host;
    private final LockPage lock;

    private final ProjectService projects;

    public HostPages(HostService hosts, LockService locks, ProjectService projects, Layouts layouts,
            Templates templates) {
        this.projects = projects;
        this.list = new HostListPage(hosts, locks, layouts, templates);
        this.host = new HostPage(hosts, locks, list, layouts, templates);
        this.lock = new LockPage(hosts, locks, layouts, templates);
    }

    public void register(RoutesConfig routes) {
        routes.get("/{project}/hw_farm/", ctx -> inProject(ctx, list::show));
        routes.get("/{project}/hw_farm/{id}", ctx -> inProject(ctx, host::show));
        routes.get("/{project}/hw_lock/{id}", ctx -> inProject(ctx, lock::show));
        routes.post("/{project}/hw_lock/", ctx -> inProject(ctx, lock::create));
        routes.post("/{project}/hw_lock/{id}/extend", ctx -> inProject(ctx, lock::extend));
        routes.post("/{project}/hw_lock/{id}/release", ctx -> inProject(ctx, lock::release));
    }

    /** Pages of a project that does not exist are not found (0 is every project). */
    private void inProject(Context ctx, Handler page) throws Exception {
        long projectId = PageParams.id(ctx, "project");
        if (projectId != Project.ALL && projects.byId(projectId).isEmpty()) {
            throw ApiException.notFound("Project " + projectId + " does not exist");
        }
        page.handle(ctx);
    }
}
