package org.perftracker.server.job;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perftracker.server.artifact.ArtifactRow;
import org.perftracker.server.home.RecentChanges;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.ListSpec;
import org.perftracker.server.page.ListState;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Pager;
import org.perftracker.server.page.Templates;
import org.perftracker.server.web.DataTablesRequest;

/**
 * One job, {@code /<project>/job/<id>}: its summary and details, and its tests paged, sorted, searched and
 * filtered by group in SQL ({@code ?group=3&q=login&sort=score&dir=desc}). The same URL serves the job's
 * downloads ({@code ?as_json=1}, {@code ?as_csv=1}) and its details alone ({@code ?part=details}), which the
 * jobs list shows when a row is expanded. What changed in the job (see {@link RecentChanges}) is listed under its
 * summary.
 */
public final class JobPage {
    static final Map<String, TestListColumn> SORTS = Map.of("seq", TestListColumn.SEQ_NUM,
            "group", TestListColumn.GROUP, "test", TestListColumn.TAG, "score", TestListColumn.SCORE,
            "noise", TestListColumn.NOISE, "duration", TestListColumn.DURATION, "errors", TestListColumn.ERRORS);
    static final ListSpec SPEC = new ListSpec(Map.of("seq", false, "group", false, "test", false, "score", true,
            "noise", true, "duration", true, "errors", true), "seq", List.of("group"));

    private final JobService jobs;
    private final Layouts layouts;
    private final Templates templates;
    private final JobDownloads downloads;
    private final RecentChanges changes;

    JobPage(JobService jobs, Layouts layouts, Templates templates, JobDownloads downloads, RecentChanges changes) {
        this.jobs = jobs;
        this.layouts = layouts;
        this.templates = templates;
        this.downloads = downloads;
        this.changes = changes;
    }

    /** A test group of the filter. */
    public record Group(long id, String name) {
    }

    /** The page's view. */
    public record View(Layout layout, long projectId, JobViews.JobDetails job, ListState state, Pager pager,
            List<TestViews.TestRow> tests, List<Group> groups, List<ArtifactRow> artifacts,
            List<RecentChanges.Change> changes) {
        public View {
            tests = List.copyOf(tests);
            groups = List.copyOf(groups);
            artifacts = List.copyOf(artifacts);
            changes = List.copyOf(changes);
        }

        public String path() {
            return "/" + projectId + "/job/" + job.id();
        }

        public String testHref(long testId) {
            return path() + "/test/" + testId;
        }
    }

    /** The details of a job alone, as the jobs list expands them. */
    public record DetailsView(long projectId, JobViews.JobDetails job, List<ArtifactRow> artifacts) {
        public String path() {
            return "/" + projectId + "/job/" + job.id();
        }
    }

    void show(Context ctx) {
        if (ctx.queryParam("as_json") != null) {
            downloads.json(ctx);
            return;
        }
        if (ctx.queryParam("as_csv") != null) {
            downloads.csv(ctx);
            return;
        }
        long projectId = PageParams.id(ctx, "project");
        long jobId = PageParams.id(ctx, "id");
        JobViews.JobDetails job = jobs.details(jobId);
        if ("details".equals(ctx.queryParam("part"))) {
            templates.render(ctx, "job/detailsPart.jte", new DetailsView(projectId, job,
                    jobs.artifactRows(job, projectId)));
            return;
        }
        ListState state = ListState.from(SPEC, ctx.path(), ctx.queryParamMap());
        List<Group> groups = jobs.groups(jobId).stream().map(g -> new Group(g.id(), g.title())).toList();
        long groupId = groupFilter(state, groups);
        TestViews.TestPage page = jobs.tests(jobId, groupId, request(state));
        Layout layout = layouts.of(ctx, "Job #" + jobId + ": " + job.title(), "jobs", projectId)
                .withScript("/static/chart.js");
        templates.render(ctx, "job/job.jte", new View(layout, projectId, job, state,
                Pager.of(state, page.filtered(), page.rows().size()), page.rows(), groups,
                jobs.artifactRows(job, projectId), changes.of(List.of(jobId)).getOrDefault(jobId, List.of())));
    }

    /** @return the id of the group to show, 0 for all: a group that is not the job's shows all tests */
    private static long groupFilter(ListState state, List<Group> groups) {
        String wanted = state.filter("group");
        Optional<Group> group = groups.stream().filter(g -> Long.toString(g.id()).equals(wanted)).findFirst();
        return group.map(Group::id).orElse(0L);
    }

    static DataTablesRequest request(ListState state) {
        TestListColumn column = SORTS.getOrDefault(state.sort(), TestListColumn.SEQ_NUM);
        return new DataTablesRequest(0, state.offset(), state.size(), state.search(),
                List.of(new DataTablesRequest.Order(column.ordinal(), !state.descending())));
    }
}
