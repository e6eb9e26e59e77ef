package org.perftracker.server.comparison;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.perftracker.core.comparison.ChartKind;
import org.perftracker.core.comparison.Comparison;
import org.perftracker.core.comparison.ComparisonOptions;
import org.perftracker.core.comparison.JobColumn;
import org.perftracker.core.comparison.MultipleTesting;
import org.perftracker.core.comparison.Section;
import org.perftracker.core.comparison.ValueKind;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.job.JobViews;
import org.perftracker.server.page.Flash;
import org.perftracker.server.page.Formats;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;
import org.perftracker.server.web.ApiException;

/**
 * One comparison, {@code /<project>/comparison/<id>}: its jobs, how it judges changes, and per group and section
 * a chart and a table of every job's value and its changes. Its state is in the URL ({@link ComparisonPageState});
 * large comparisons come in parts ({@link PagePlan}) that the page's script fetches from
 * {@code …/comparison/<id>/part?n=<part>} as they scroll into view. Delete and undelete are forms.
 */
public final class ComparisonPage {
    /** The most parts one request fetches. */
    static final int MAX_PARTS_AT_ONCE = 4;

    private final ComparisonService comparisons;
    private final ObjectMapper charts = new ObjectMapper();
    private final Layouts layouts;
    private final Templates templates;

    ComparisonPage(ComparisonService comparisons, Layouts layouts, Templates templates) {
        this.comparisons = comparisons;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** What every section of the page needs to draw its chart and its table. */
    public record Tables(String path, List<JobColumn> jobs, ComparisonOptions options, ObjectMapper mapper) {
        public Tables {
            jobs = List.copyOf(jobs);
        }

        /** @return whether the section has a chart */
        public boolean charted(Section s) {
            return s.chart().kind() != ChartKind.NONE;
        }

        /** @return the section's chart as JSON for the page's script */
        public String chartJson(Section s) {
            return ChartView.of(s.chart()).json(mapper);
        }

        /** @return the page of a row's test across the jobs; with {@code ?part=1} the fragment a row expands into */
        public String testHref(long testId) {
            return path + "/test/" + testId;
        }

        public ValueKind values() {
            return options.values();
        }

        public JobColumn job(int index) {
            return jobs.get(index);
        }
    }

    /** The page's view. */
    public record View(Layout layout, long projectId, SavedComparison saved, Comparison whole,
            List<JobViews.JobRow> jobRows, ComparisonPageState state, PagePlan plan, Tables tables) {
        public View {
            jobRows = List.copyOf(jobRows);
        }

        public String path() {
            return state.path();
        }

        /** @return the jobs list with the comparison dialog filled in with this comparison */
        public String editHref() {
            return "/" + projectId + "/job/?edit=" + saved.id();
        }

        /** @return the computed result through the API, in a format, with the page's filter */
        public String resultHref(String format) {
            String query = state.apiQuery();
            return "/api/v1.0/" + projectId + "/comparison/" + saved.id() + "/result"
                    + (query.isEmpty() ? "?" : query + "&") + "format=" + format;
        }

        /** @return the stored job of a comparison's job, if it still exists */
        public java.util.Optional<JobViews.JobRow> jobRow(long jobId) {
            return jobRows.stream().filter(j -> j.id() == jobId).findFirst();
        }

        public String jobHref(long jobId) {
            return "/" + projectId + "/job/" + jobId;
        }

        public List<ComparisonCells.Count> counts() {
            return ComparisonCells.counts(whole.counts());
        }

        /** @return the number of rows a filter word keeps, for the side panel */
        public int rowsOf(String word) {
            var n = whole.counts();
            return switch (word) {
                case "significant" -> n.regressions() + n.improvements();
                case "regressions" -> n.regressions() + n.likelyRegressions();
                case "improvements" -> n.improvements() + n.likelyImprovements();
                case "failed" -> n.failed();
                default -> n.total();
            };
        }

        public List<String> filterWords() {
            return RowFilter.WORDS;
        }

        public String method() {
            return ComparisonPage.method(whole.options());
        }
    }

    /** Parts of the page alone, as the page's script fetches them. */
    public record PartView(Tables tables, List<PagePlan.Part> parts) {
        public PartView {
            parts = List.copyOf(parts);
        }
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        SavedComparison saved = saved(ctx);
        ComparisonPageState state = ComparisonPageState.from(ctx.path(), ctx.queryParamMap());
        Comparison whole = comparisons.compute(saved);
        PagePlan plan = PagePlan.of(whole, state.select(whole), state.group() != null);
        Layout layout = layouts.of(ctx, "Comparison #" + saved.id() + ": " + whole.title(), "comparisons", projectId)
                .withScript("/static/comparison.js");
        templates.render(ctx, "comparison/comparison.jte", new View(layout, projectId, saved, whole,
                comparisons.jobRows(saved.jobIds()), state, plan, tables(state, whole)));
    }

    /**
     * Parts of the page, {@code …/part?n=3&n=4}: each in a {@code <div data-part-answer="3">}, so that a page that
     * needs several at once (a jump, a fast scroll) has the comparison computed once for all of them.
     */
    void part(Context ctx) {
        PageParams.id(ctx, "project");
        SavedComparison saved = saved(ctx);
        List<Integer> numbers = ctx.queryParams("n").stream().limit(MAX_PARTS_AT_ONCE).map(n -> {
            try {
                return Integer.parseInt(n);
            } catch (NumberFormatException e) {
                throw ApiException.notFound("There is no part '" + n + "' of comparison " + saved.id());
            }
        }).toList();
        if (numbers.isEmpty()) {
            throw ApiException.notFound("Which part of comparison " + saved.id() + "? Say ?n=0");
        }
        String path = ctx.path().substring(0, ctx.path().length() - "/part".length());
        ComparisonPageState state = ComparisonPageState.from(path, ctx.queryParamMap());
        Comparison whole = comparisons.compute(saved);
        PagePlan plan = PagePlan.of(whole, state.select(whole), state.group() != null);
        List<PagePlan.Part> parts = numbers.stream().map(n -> plan.part(n).orElseThrow(() ->
                ApiException.notFound("Comparison " + saved.id() + " has no part " + n + " (any more)"))).toList();
        templates.render(ctx, "comparison/part.jte", new PartView(tables(state, whole), parts));
    }

    void delete(Context ctx) {
        setDeleted(ctx, true);
    }

    void undelete(Context ctx) {
        setDeleted(ctx, false);
    }

    private void setDeleted(Context ctx, boolean deleted) {
        long projectId = PageParams.id(ctx, "project");
        long id = PageParams.id(ctx, "id");
        comparisons.setDeleted(Actor.of(ctx), id, deleted);
        String page = "/" + projectId + "/comparison/" + id;
        boolean fromList = "list".equals(ctx.formParam("back"));
        // from the list, the message links the comparison (where a deleted one can be undeleted)
        Flash.ok("Comparison " + id + " has been " + (deleted ? "deleted" : "restored"), fromList ? page : "")
                .send(ctx);
        ctx.redirect(fromList ? "/" + projectId + "/comparison/" : page, HttpStatus.SEE_OTHER);
    }

    private SavedComparison saved(Context ctx) {
        return comparisons.get(PageParams.id(ctx, "id"));
    }

    private Tables tables(ComparisonPageState state, Comparison whole) {
        return new Tables(state.path(), whole.jobs(), whole.options(), charts);
    }

    /**
     * @return how the comparison judges a change, in one paragraph, e.g. "Values: averages ± 95% confidence
     *     interval of the mean. A change is significant when Welch's t-test of the means gives p &lt; α = 0.05
     *     after Benjamini–Hochberg correction over the tests of each pair of jobs. …"
     */
    static String method(ComparisonOptions o) {
        String values = switch (o.values()) {
            case AVERAGE -> "averages ± the 95% confidence interval of the mean";
            case MIN -> "minimums (significance still tests the means)";
            case MAX -> "maximums (significance still tests the means)";
        };
        String correction = o.multipleTesting() == MultipleTesting.BENJAMINI_HOCHBERG
                ? " after Benjamini–Hochberg correction over the tests of each pair of jobs" : "";
        return "Values: " + values + ". A change is significant when Welch's t-test of the means gives p < α = "
                + Formats.number(o.alpha()) + correction + ". A single score uploaded with its deviation and sample"
                + " count is tested from those. Otherwise a single score on a side gives no variance"
                + " information: a change of at least " + Formats.number(o.likelyThresholdPercent())
                + "% is called “likely”, a smaller one “no variance”. Failed tests are not judged.";
    }
}
