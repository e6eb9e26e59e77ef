package org.perftracker.server.regression.page;

import io.javalin.config.RoutesConfig;
import org.perftracker.server.job.JobService;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.NavEntry;
import org.perftracker.server.page.Templates;
import org.perftracker.server.project.ProjectService;
import org.perftracker.server.regression.RegressionTracking;

/**
 * The web pages of regression tracking, at the reference server's URLs where it had them:
 * <pre>
 * GET  /&lt;p&gt;/regression/                         the regressions (p = 0: all projects); ?q=, sort=, dir=, page=
 * GET  /&lt;p&gt;/regression/&lt;id&gt;                    a regression: a chart per series; ?class=degradation_10&amp;q=login
 *                                                ?part=jobs is its jobs, as a row of the list expands into
 * GET  /&lt;p&gt;/regression/&lt;id&gt;/part?n=&lt;n&gt;         parts of that page, as it loads them near the window
 * GET  /&lt;p&gt;/regression/&lt;id&gt;/series/&lt;s&gt;         one series: a large chart that zooms, its points, its alerts
 * POST /&lt;p&gt;/regression/&lt;id&gt;/title               rename it (title)
 * POST /&lt;p&gt;/regression/&lt;id&gt;/job/&lt;j&gt;/link        include (link=true) or exclude a job
 * GET  /&lt;p&gt;/alert/                              alerts grouped by job; ?state=open, direction=, regression=
 * GET  /&lt;p&gt;/alert/&lt;id&gt;                         one alert with its history
 * POST /&lt;p&gt;/alert/&lt;id&gt;/triage                  triage it (state, note, bug_url; back = where to return)
 * </pre>
 * Writes are forms (editors: the route table's default for writes); the pages read through the services of
 * {@link RegressionTracking.Services}.
 */
public final class RegressionPages {
    /** The navigation entry of the regressions list. */
    public static final NavEntry NAV = new NavEntry("regressions", "Regressions", NavEntry.REGRESSIONS,
            p -> "/" + p + "/regression/");

    private final RegressionListPage list;
    private final RegressionPage regression;
    private final RegressionForms forms;
    private final SeriesPage series;
    private final AlertListPage alerts;
    private final AlertPage alert;

    public RegressionPages(RegressionTracking.Services services, JobService jobs, ProjectService projects,
            Layouts layouts, Templates templates) {
        this.list = new RegressionListPage(services.regressions(), projects, layouts, templates);
        this.regression = new RegressionPage(services.regressions(), layouts, templates);
        this.forms = new RegressionForms(services.regressions(), jobs);
        this.series = new SeriesPage(services.regressions(), services.alerts(), layouts, templates);
        this.alerts = new AlertListPage(services.alerts(), services.regressions(), jobs, projects, layouts,
                templates);
        this.alert = new AlertPage(services.alerts(), layouts, templates);
    }

    public void register(RoutesConfig routes) {
        routes.get("/{project}/regression/", list::show);
        routes.get("/{project}/regression/{id}", regression::show);
        routes.get("/{project}/regression/{id}/part", regression::part);
        routes.get("/{project}/regression/{id}/series/{series}", series::show);
        routes.post("/{project}/regression/{id}/title", forms::rename);
        routes.post("/{project}/regression/{id}/job/{job}/link", forms::link);
        routes.get("/{project}/alert/", alerts::show);
        routes.get("/{project}/alert/{id}", alert::show);
        routes.post("/{project}/alert/{id}/triage", alert::triage);
    }
}
