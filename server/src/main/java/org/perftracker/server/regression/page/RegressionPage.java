package org.perftracker.server.regression.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perftracker.server.page.Assets;
import org.perftracker.server.page.Hrefs;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;
import org.perftracker.server.regression.RegressionService;
import org.perftracker.server.regression.RegressionViews;
import org.perftracker.server.regression.TrendClass;
import org.perftracker.server.web.ApiException;

/**
 * One regression, {@code /<project>/regression/<id>}: its jobs and builds, checkboxes of the trend classes with
 * their counts, and per group a small chart of each series of the classes ticked (a {@link RegressionPageState} in
 * the URL). The page comes in parts ({@link SeriesPlan}): the first with it, the others fetched by its script from
 * {@code …/part?n=<part>} as they come near the window. {@code ?part=jobs} is its jobs alone (the list's expanded
 * row). Its forms (rename, include or exclude a job) post to {@link RegressionForms}.
 */
public final class RegressionPage {
    /** The most parts one request fetches. */
    static final int MAX_PARTS_AT_ONCE = 4;
    /** The points a small chart draws at most: the latest ones. */
    static final int CHART_POINTS = 200;
    /** The jobs the page lists, newest first. */
    static final int JOBS_SHOWN = 200;
    /** The jobs an expanded row of the list shows, newest first. */
    static final int JOBS_IN_ROW = 50;

    private final RegressionService regressions;
    private final Layouts layouts;
    private final Templates templates;
    private final ObjectMapper charts = new ObjectMapper();

    RegressionPage(RegressionService regressions, Layouts layouts, Templates templates) {
        this.regressions = regressions;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** A series' card: its row, its chart's data as JSON, its page. */
    public record Card(long projectId, RegressionViews.SeriesRow series, String chartJson, String href) {
        public TrendClass trend() {
            return RegressionCells.trend(series.trend());
        }

        public String name() {
            return RegressionCells.testName(series.tag(), series.category());
        }

        /** @return the alert of the series' latest change */
        public String alertHref() {
            return series.latestChange() == null ? "" : "/" + projectId + "/alert/" + series.latestChange().alertId();
        }
    }

    /** The cards of one part. */
    public record PartCards(SeriesPlan.Part part, List<Card> cards) {
        public PartCards {
            cards = List.copyOf(cards);
        }
    }

    /** The page's view; {@code inline} holds the cards of the parts that come with it. */
    public record View(Layout layout, long projectId, RegressionViews.RegressionDetails regression,
            RegressionPageState state, Map<TrendClass, Long> classCounts, List<TrendClass> shown, SeriesPlan plan,
            List<PartCards> inline) {
        public View {
            classCounts = Map.copyOf(classCounts);
            shown = List.copyOf(shown);
            inline = List.copyOf(inline);
        }

        public String path() {
            return "/" + projectId + "/regression/" + regression.id();
        }

        public String jobHref(long jobId) {
            return "/" + projectId + "/job/" + jobId;
        }

        /** @return the regression's alerts in the alerts view */
        public String alertsHref() {
            return "/" + projectId + "/alert/?regression=" + regression.id();
        }

        public List<TrendClass> classes() {
            return List.of(TrendClass.values());
        }

        public long count(TrendClass c) {
            return classCounts.getOrDefault(c, 0L);
        }

        public boolean isShown(TrendClass c) {
            return shown.contains(c);
        }

        /** @return the cards of a part that comes with the page */
        public List<Card> cards(SeriesPlan.Part part) {
            return inline.stream().filter(p -> p.part().number() == part.number()).findFirst()
                    .map(PartCards::cards).orElse(List.of());
        }

        public String partHref(SeriesPlan.Part part) {
            return state.hrefForPart(shown, part.number());
        }

        public String groupHref(String group) {
            return state.hrefForGroup(shown, group);
        }

        public String allGroupsHref() {
            return state.hrefAllGroups(shown);
        }

        public String echarts() {
            return Assets.ECHARTS;
        }

        /** @return the jobs table of the page, whose forms return here */
        public JobsView jobsView() {
            return new JobsView(layout, projectId, regression, path());
        }

        /** @return how many of the regression's jobs are excluded from its series */
        public long excluded() {
            return regression.jobsList().stream().filter(j -> !j.isLinked()).count();
        }
    }

    /** Parts of the page alone, as its script fetches them. */
    public record PartView(List<PartCards> parts) {
        public PartView {
            parts = List.copyOf(parts);
        }
    }

    /** The regression's jobs alone, with their include/exclude forms and the rename form: an expanded row. */
    public record JobsView(Layout layout, long projectId, RegressionViews.RegressionDetails regression, String back) {
        public String path() {
            return "/" + projectId + "/regression/" + regression.id();
        }

        public String jobHref(long jobId) {
            return "/" + projectId + "/job/" + jobId;
        }

        /** @return the job's regression link through the API, which the page's script sends its PATCH to */
        public String jobApi(long jobId) {
            return "/api/v1.0/" + projectId + "/job/" + jobId;
        }

        /** @return how many jobs are not listed (the oldest) */
        public long notListed() {
            return regression.jobsListTotal() - regression.jobsList().size();
        }
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        long id = PageParams.id(ctx, "id");
        if ("jobs".equals(ctx.queryParam("part"))) {
            RegressionViews.RegressionDetails r = regressions.details(id, 0, JOBS_IN_ROW);
            String back = Hrefs.localPath(ctx.queryParam("back")).orElse("/" + projectId + "/regression/");
            templates.render(ctx, "regression/jobsPart.jte", new JobsView(layouts.of(ctx, r.title(), "regressions",
                    projectId), projectId, r, back));
            return;
        }
        RegressionViews.RegressionDetails r = regressions.details(id, 0, JOBS_SHOWN);
        RegressionPageState state = RegressionPageState.from(ctx.path(), ctx.queryParamMap());
        List<RegressionViews.GroupTrendCount> counts = regressions.seriesCounts(id, state.search());
        Map<TrendClass, Long> classCounts = SeriesPlan.classCounts(counts);
        List<TrendClass> shown = state.shown(classCounts);
        SeriesPlan plan = SeriesPlan.of(counts, shown, state.group());
        List<PartCards> inline = cards(projectId, id, state, shown, plan.inline());
        Layout layout = layouts.of(ctx, "Regression #" + id + ": " + r.title(), "regressions", projectId)
                .withScript("/static/regression.js");
        templates.render(ctx, "regression/regression.jte", new View(layout, projectId, r, state, classCounts, shown,
                plan, inline));
    }

    /** Parts of the page, {@code …/part?n=3&n=4}: each in a {@code <div data-part-answer="3">}. */
    void part(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        long id = PageParams.id(ctx, "id");
        String path = ctx.path().substring(0, ctx.path().length() - "/part".length());
        RegressionPageState state = RegressionPageState.from(path, ctx.queryParamMap());
        List<RegressionViews.GroupTrendCount> counts = regressions.seriesCounts(id, state.search());
        List<TrendClass> shown = state.shown(SeriesPlan.classCounts(counts));
        SeriesPlan plan = SeriesPlan.of(counts, shown, Optional.empty());
        List<String> numbers = ctx.queryParams("n");
        if (numbers.isEmpty()) {
            throw ApiException.notFound("Which part of regression " + id + "? Say ?n=0");
        }
        List<SeriesPlan.Part> parts = new ArrayList<>();
        for (String n : numbers.stream().limit(MAX_PARTS_AT_ONCE).toList()) {
            parts.add(number(n).flatMap(plan::part).orElseThrow(() -> ApiException.notFound("Regression " + id
                    + " has no part '" + n + "' (any more)")));
        }
        templates.render(ctx, "regression/part.jte", new PartView(cards(projectId, id, state, shown, parts)));
    }

    private List<PartCards> cards(long projectId, long id, RegressionPageState state, List<TrendClass> shown,
            List<SeriesPlan.Part> parts) {
        if (parts.isEmpty()) {
            return List.of();
        }
        List<List<RegressionViews.SeriesChart>> read = regressions.charts(id, shown, state.search(),
                parts.stream().map(p -> new RegressionService.Range(p.start(), p.length())).toList(), CHART_POINTS);
        List<PartCards> result = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            result.add(new PartCards(parts.get(i), read.get(i).stream().map(c -> new Card(projectId, c.series(),
                    SeriesChartView.of(c).json(charts), "/" + projectId + "/regression/" + id + "/series/"
                    + c.series().id())).toList()));
        }
        return result;
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
