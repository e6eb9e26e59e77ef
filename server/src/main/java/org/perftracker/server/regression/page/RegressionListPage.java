package org.perftracker.server.regression.page;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.ListSpec;
import org.perftracker.server.page.ListState;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Pager;
import org.perftracker.server.page.Templates;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectService;
import org.perftracker.server.regression.RegressionService;
import org.perftracker.server.regression.RegressionViews;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesRequest;

/**
 * The regressions, {@code /<project>/regression/}: a page of them sorted and searched (by title) in SQL, its state in
 * the URL ({@code ?q=webapp&sort=title&dir=asc&page=2}); the latest build first unless told otherwise. A row
 * expands into the regression's jobs, where each can be included or excluded, and a form to rename it.
 */
public final class RegressionListPage {
    /** Sort key of the page → the column it sorts, as the API numbers them (see RegressionRepository). */
    static final Map<String, Integer> SORTS = Map.of("id", 1, "project", 2, "title", 3, "tag", 4, "jobs", 5,
            "first", 6, "last", 7);
    static final ListSpec SPEC = new ListSpec(Map.of("id", true, "project", false, "title", false, "tag", false,
            "jobs", true, "first", true, "last", true), "last", List.of());

    private final RegressionService regressions;
    private final ProjectService projects;
    private final Layouts layouts;
    private final Templates templates;

    RegressionListPage(RegressionService regressions, ProjectService projects, Layouts layouts, Templates templates) {
        this.regressions = regressions;
        this.projects = projects;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The page's view. */
    public record View(Layout layout, long projectId, ListState state, Pager pager,
            List<RegressionViews.RegressionRow> rows, long total) {
        public View {
            rows = List.copyOf(rows);
        }

        /** @return whether the project column is shown: on "All projects" only */
        public boolean allProjects() {
            return projectId == Project.ALL;
        }

        public String href(long regressionId) {
            return "/" + projectId + "/regression/" + regressionId;
        }

        /** @return the regression's jobs alone, the row's expansion; its forms come back to this page */
        public String jobsHref(long regressionId) {
            return href(regressionId) + "?part=jobs&back=" + URLEncoder.encode(state.href(), StandardCharsets.UTF_8);
        }

        public String jobHref(long jobId) {
            return "/" + projectId + "/job/" + jobId;
        }

        /** @return the regression's open regressions in the alerts view */
        public String alertsHref(long regressionId) {
            return "/" + projectId + "/alert/?regression=" + regressionId + "&direction=regression&state=new";
        }
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        if (projectId != Project.ALL && projects.byId(projectId).isEmpty()) {
            throw ApiException.notFound("Project " + projectId + " does not exist");
        }
        ListState state = ListState.from(SPEC, ctx.path(), ctx.queryParamMap());
        RegressionService.Page page = regressions.page(projectId, request(state));
        Layout layout = layouts.of(ctx, "Regressions", "regressions", projectId)
                .withScript("/static/regression.js");
        templates.render(ctx, "regression/list.jte", new View(layout, projectId, state,
                Pager.of(state, page.filtered(), page.rows().size()), page.rows(), page.total()));
    }

    static DataTablesRequest request(ListState state) {
        return new DataTablesRequest(0, state.offset(), state.size(), state.search(),
                List.of(new DataTablesRequest.Order(SORTS.getOrDefault(state.sort(), 7), !state.descending())));
    }
}
