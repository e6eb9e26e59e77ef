package org.perftracker.server.comparison;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.perftracker.server.page.Formats;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.ListSpec;
import org.perftracker.server.page.ListState;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Pager;
import org.perftracker.server.page.Templates;
import org.perftracker.server.project.Project;
import org.perftracker.server.project.ProjectService;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesRequest;

/**
 * The saved comparisons, {@code /<project>/comparison/}: a page of them sorted and searched (by title) in SQL, its
 * state in the URL ({@code ?q=nightly&sort=title&dir=asc&page=2}); {@code ?deleted=1} lists the deleted ones, which
 * can be undeleted from there.
 */
public final class ComparisonListPage {
    /** Sort key of the page → the column it sorts, as the API numbers them (see ComparisonRepository). */
    static final Map<String, Integer> SORTS = Map.of("id", 1, "updated", 2, "project", 3, "title", 6, "jobs", 7);
    static final ListSpec SPEC = new ListSpec(Map.of("id", true, "updated", true, "project", false, "title", false,
            "jobs", true), "updated", List.of("deleted"));

    private final ComparisonService comparisons;
    private final ProjectService projects;
    private final Layouts layouts;
    private final Templates templates;

    ComparisonListPage(ComparisonService comparisons, ProjectService projects, Layouts layouts, Templates templates) {
        this.comparisons = comparisons;
        this.projects = projects;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The page's view. */
    public record View(Layout layout, long projectId, ListState state, Pager pager,
            List<ComparisonViews.ComparisonRow> rows, long total) {
        public View {
            rows = List.copyOf(rows);
        }

        /** @return whether the project column is shown: on "All projects" only */
        public boolean allProjects() {
            return projectId == Project.ALL;
        }

        /** @return whether the page lists the deleted comparisons */
        public boolean deleted() {
            return !state.filter("deleted").isEmpty();
        }

        public String href(long comparisonId) {
            return "/" + projectId + "/comparison/" + comparisonId;
        }

        public String jobHref(long jobId) {
            return "/" + projectId + "/job/" + jobId;
        }

        /** @return the jobs list, where the comparison dialog edits this comparison */
        public String editHref(long comparisonId) {
            return "/" + projectId + "/job/?edit=" + comparisonId;
        }

        /** @return the first page of this list (deleted or not) without search */
        public String resetHref() {
            return new ListState(SPEC, state.path(), 1, state.size(), state.sort(), state.descending(), "",
                    state.filters()).href();
        }

        /** @return the other list: the deleted comparisons, or the others */
        public String otherListHref() {
            return "/" + projectId + "/comparison/" + (deleted() ? "" : "?deleted=1");
        }

        /** @return per-job counts: {@code 5,000 / 4,998 / 5,000}, {@code 5,000 each} when equal, 0 when all are */
        public static String perJob(List<Integer> counts) {
            if (counts.stream().allMatch(n -> n == 0)) {
                return "0";
            }
            if (counts.size() > 1 && counts.stream().distinct().count() == 1) {
                return Formats.count(counts.get(0)) + " each";
            }
            return counts.stream().map(Formats::count).collect(Collectors.joining(" / "));
        }

        /** @return whether any job of the row has tests with errors */
        public static boolean anyErrors(ComparisonViews.ComparisonRow row) {
            return row.testsErrors().stream().anyMatch(n -> n > 0);
        }

        public static String env(ComparisonViews.ComparisonRow row) {
            return row.envNode().stream().map(n -> n.name()).collect(Collectors.joining(", "));
        }
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        if (projectId != Project.ALL && projects.byId(projectId).isEmpty()) {
            throw ApiException.notFound("Project " + projectId + " does not exist");
        }
        ListState state = ListState.from(SPEC, ctx.path(), ctx.queryParamMap());
        boolean deleted = !state.filter("deleted").isEmpty();
        ComparisonService.Page page = comparisons.page(projectId, request(state), deleted);
        Layout layout = layouts.of(ctx, deleted ? "Deleted comparisons" : "Comparisons", "comparisons", projectId);
        templates.render(ctx, "comparison/list.jte", new View(layout, projectId, state,
                Pager.of(state, page.filtered(), page.rows().size()), page.rows(), page.total()));
    }

    static DataTablesRequest request(ListState state) {
        int column = SORTS.getOrDefault(state.sort(), 2);
        return new DataTablesRequest(0, state.offset(), state.size(), state.search(),
                List.of(new DataTablesRequest.Order(column, !state.descending())));
    }
}
