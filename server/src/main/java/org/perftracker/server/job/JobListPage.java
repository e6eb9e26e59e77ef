package org.perftracker.server.job;

import io.javalin.http.Context;
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
import org.perftracker.server.web.DataTablesRequest;

/**
 * The jobs list, {@code /<project>/job/}: a page of jobs sorted and searched in SQL, its state in the URL
 * ({@code ?q=nightly&sort=title&dir=asc&size=200&page=2}), and the form that uploads a job file.
 */
public final class JobListPage {
    /** Sort key of the page → the column it sorts, as the API numbers them. */
    static final Map<String, JobListColumn> SORTS = Map.ofEntries(
            Map.entry("id", JobListColumn.ID), Map.entry("end", JobListColumn.END),
            Map.entry("project", JobListColumn.PROJECT), Map.entry("env", JobListColumn.ENV),
            Map.entry("product", JobListColumn.PRODUCT_NAME), Map.entry("version", JobListColumn.PRODUCT_VER),
            Map.entry("title", JobListColumn.TITLE), Map.entry("suite", JobListColumn.SUITE_VER),
            Map.entry("duration", JobListColumn.DURATION), Map.entry("tests", JobListColumn.TESTS_COMPLETED),
            Map.entry("errors", JobListColumn.TESTS_ERRORS), Map.entry("testcases", JobListColumn.TESTCASES_TOTAL),
            Map.entry("tc_errors", JobListColumn.TESTCASES_ERRORS));
    static final ListSpec SPEC = new ListSpec(Map.ofEntries(
            Map.entry("id", true), Map.entry("end", true), Map.entry("project", false), Map.entry("env", false),
            Map.entry("product", false), Map.entry("version", true), Map.entry("title", false),
            Map.entry("suite", true), Map.entry("duration", true), Map.entry("tests", true),
            Map.entry("errors", true), Map.entry("testcases", true), Map.entry("tc_errors", true)),
            "end", List.of());

    private final JobService jobs;
    private final Layouts layouts;
    private final Templates templates;

    JobListPage(JobService jobs, Layouts layouts, Templates templates) {
        this.jobs = jobs;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The page's view. */
    public record View(Layout layout, long projectId, ListState state, Pager pager, List<JobViews.JobRow> rows,
            long totalJobs) {
        public View {
            rows = List.copyOf(rows);
        }

        /** @return whether the project column is shown: on "All projects" only */
        public boolean allProjects() {
            return projectId == Project.ALL;
        }

        public String jobHref(long jobId) {
            return "/" + projectId + "/job/" + jobId;
        }
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        ListState state = ListState.from(SPEC, ctx.path(), ctx.queryParamMap());
        JobReadRepository.Page page = jobs.page(projectId, request(state));
        Layout layout = layouts.of(ctx, "Jobs", "jobs", projectId).withScript("/static/compare.js")
                .withScript("/static/compare-dialog.js");
        templates.render(ctx, "job/list.jte", new View(layout, projectId, state,
                Pager.of(state, page.filtered(), page.rows().size()), page.rows(), page.total()));
    }

    static DataTablesRequest request(ListState state) {
        JobListColumn column = SORTS.getOrDefault(state.sort(), JobListColumn.END);
        return new DataTablesRequest(0, state.offset(), state.size(), state.search(),
                List.of(new DataTablesRequest.Order(column.ordinal(), !state.descending())));
    }
}
