package org.perftracker.server.comparison;

import io.javalin.config.RoutesConfig;
import org.perftracker.server.job.JobService;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.NavEntry;
import org.perftracker.server.page.Templates;
import org.perftracker.server.project.ProjectService;

/**
 * The web pages of comparisons, at the reference server's URLs:
 * <pre>
 * GET  /&lt;p&gt;/comparison/                     the saved comparisons (p = 0: all projects); ?deleted=1 the deleted
 * GET  /&lt;p&gt;/comparison/&lt;id&gt;                a comparison; ?only=regressions&amp;q=login&amp;group=Latency
 * GET  /&lt;p&gt;/comparison/&lt;id&gt;/part?n=&lt;n&gt;     one part of it, as the page loads it when it scrolls into view
 * GET  /&lt;p&gt;/comparison/&lt;id&gt;/test/&lt;test&gt;    one test across the jobs; ?part=1 for an expanded row
 * POST /&lt;p&gt;/comparison/&lt;id&gt;/delete, …/undelete
 * </pre>
 * Comparisons are made and edited in the dialog of the jobs list ({@code /<p>/job/}, {@code ?edit=<id>}), which
 * saves them through the API.
 */
public final class ComparisonPages {
    /** The navigation entry of the comparisons list. */
    public static final NavEntry NAV = new NavEntry("comparisons", "Comparisons", NavEntry.COMPARISONS,
            p -> "/" + p + "/comparison/");

    private final ComparisonListPage list;
    private final ComparisonPage comparison;
    private final ComparisonTestPage test;

    public ComparisonPages(ComparisonService comparisons, JobService jobs, ProjectService projects, Layouts layouts,
            Templates templates) {
        this.list = new ComparisonListPage(comparisons, projects, layouts, templates);
        this.comparison = new ComparisonPage(comparisons, layouts, templates);
        this.test = new ComparisonTestPage(comparisons, jobs, layouts, templates);
    }

    public void register(RoutesConfig routes) {
        routes.get("/{project}/comparison/", list::show);
        routes.get("/{project}/comparison/{id}", comparison::show);
        routes.get("/{project}/comparison/{id}/part", comparison::part);
        routes.get("/{project}/comparison/{id}/test/{test}", test::show);
        routes.post("/{project}/comparison/{id}/delete", comparison::delete);
        routes.post("/{project}/comparison/{id}/undelete", comparison::undelete);
    }
}
