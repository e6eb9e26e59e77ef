package org.perftracker.server.comparison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perftracker.core.comparison.Comparison;
import org.perftracker.core.comparison.ComparisonOptions;
import org.perftracker.core.comparison.ComparisonText;
import org.perftracker.core.comparison.MultipleTesting;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.job.JobService;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesPage;
import org.perftracker.server.web.DataTablesRequest;
import org.perftracker.server.web.Params;
import org.perftracker.server.web.RequestBodies;

/**
 * Comparisons under {@code /api/v1.0/<p>/comparison/}: the reference's routes (create, list, get, update, delete,
 * groups, tests, test across jobs, section tables) and the computed comparison for scripts and pages:
 * {@code …/comparison/<id>/result} and, without saving, {@code …/comparison/result?jobs=17,18,19}, as JSON, CSV,
 * an aligned text table or Markdown ({@code ?format=json|csv|text|markdown}).
 */
public final class ComparisonRoutes {
    private static final String API = "/api/v{version}/{project}/comparison/";
    private static final int MAX_PAGE = 1000;

    private final ComparisonService comparisons;
    private final JobService jobs;
    private final ObjectMapper mapper;
    private final RequestBodies bodies;

    public ComparisonRoutes(ComparisonService comparisons, JobService jobs, ObjectMapper mapper, RequestBodies bodies) {
        this.comparisons = comparisons;
        this.jobs = jobs;
        this.mapper = mapper;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.get(API + "result", this::adHoc);
        routes.post(API, this::create);
        routes.get(API, this::list);
        routes.get(API + "{id}", ctx -> ctx.json(comparisons.details(Params.id(ctx, "id"))));
        routes.put(API + "{id}", this::update);
        routes.delete(API + "{id}", this::delete);
        routes.get(API + "{id}/result", ctx -> answer(ctx, comparisons.compute(comparisons.get(Params.id(ctx, "id")))));
        routes.get(API + "{id}/group/", this::groups);
        routes.get(API + "{id}/group/{group}/test/", this::tests);
        routes.get(API + "{id}/group/{group}/test/{test}", this::testAcrossJobs);
        routes.get(API + "{id}/tables", ctx -> ctx.json(LegacyTables.of(saved(ctx), null)));
        routes.get(API + "{id}/group/{group}/section/{section}",
                ctx -> ctx.json(LegacyTables.of(saved(ctx), Params.id(ctx, "section"))));
    }

    /** The answer to a write: the reference's id, and a message. */
    public record Saved(long id, String message) {
    }

    private void create(Context ctx) {
        long id = comparisons.create(Actor.of(ctx), Params.id(ctx, "project"), ComparisonRequest.parse(json(ctx)));
        ctx.json(new Saved(id, "Comparison " + id + " has been created"));
    }

    private void update(Context ctx) {
        long id = Params.id(ctx, "id");
        comparisons.update(Actor.of(ctx), id, ComparisonRequest.parse(json(ctx)));
        ctx.json(new Saved(id, "OK"));
    }

    private void delete(Context ctx) {
        long id = Params.id(ctx, "id");
        comparisons.setDeleted(Actor.of(ctx), id, true);
        ctx.json(new Saved(id, "Comparison " + id + " has been deleted"));
    }

    private void list(Context ctx) {
        DataTablesRequest request = DataTablesRequest.from(ctx, MAX_PAGE);
        ComparisonService.Page page = comparisons.page(Params.id(ctx, "project"), request);
        ctx.json(DataTablesPage.of(request, page.total(), page.filtered(), page.rows()));
    }

    private Comparison saved(Context ctx) {
        return comparisons.compute(comparisons.get(Params.id(ctx, "id")));
    }

    /** {@code ?jobs=17,18,19} with the options as query parameters: a comparison computed without saving it. */
    private void adHoc(Context ctx) {
        String list = ctx.queryParam("jobs");
        if (list == null || list.isBlank()) {
            throw ApiException.badRequest("jobs", "is required: ?jobs=17,18,19 (the baseline first)");
        }
        List<Long> ids = new ArrayList<>();
        for (String part : list.split(",")) {
            try {
                ids.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("jobs", "must be job ids separated by commas, got '" + part + "'");
            }
        }
        if (ids.size() > ComparisonRequest.MAX_JOBS) {
            throw ApiException.badRequest("jobs", "has " + ids.size() + " jobs, at most " + ComparisonRequest.MAX_JOBS);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jobs", ids);
        for (String option : List.of("charts_type", "tables_type", "tests_type", "values_type", "alpha",
                "likely_threshold")) {
            if (ctx.queryParam(option) != null) {
                body.put(option, ctx.queryParam(option));
            }
        }
        ComparisonRequest request = ComparisonRequest.parse(mapper.valueToTree(body));
        ComparisonOptions options = new SavedComparison(0, 0, "", "", request.chartsType(), request.tablesType(),
                request.testsType(), request.valuesType(), request.alpha(), request.likelyThreshold(), 0, 0, false,
                ids).options();
        if ("none".equalsIgnoreCase(ctx.queryParam("correction"))) {
            options = options.withMultipleTesting(MultipleTesting.NONE);
        }
        answer(ctx, comparisons.compute(ctx.queryParamAsClass("title", String.class).getOrDefault(""), ids, options));
    }

    /**
     * Writes a computed comparison in the format asked for, keeping only the rows ({@code ?only=}) and the group
     * ({@code ?group=}) asked for. The headers {@code X-Comparison-Regressions} and {@code X-Comparison-Failed}
     * count the significant regressions and the failed rows of the whole comparison, whatever is shown, so that a
     * script (e.g. {@code pt compare --fail-on-regression}) reads them from any format.
     */
    private void answer(Context ctx, Comparison c) {
        String only = ctx.queryParam("only");
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json").toLowerCase(Locale.ROOT);
        String group = ctx.queryParam("group");
        Comparison shown = only == null || only.isBlank() ? c : c.keepRows(RowFilter.of(only));
        if (group != null) {
            shown = new Comparison(shown.title(), shown.options(), shown.jobs(),
                    shown.groups().stream().filter(g -> g.name().equals(group)).toList(), shown.counts(),
                    shown.hiddenRows());
        }
        ctx.header("X-Comparison-Regressions", String.valueOf(c.counts().regressions()));
        ctx.header("X-Comparison-Failed", String.valueOf(c.counts().failed()));
        switch (format) {
            case "json" -> ctx.json(shown);
            case "text" -> ctx.contentType("text/plain; charset=utf-8").result(ComparisonText.plain(shown));
            case "markdown", "md" -> ctx.contentType("text/markdown; charset=utf-8")
                    .result(ComparisonText.markdown(shown));
            case "csv" -> ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"comparison.csv\"")
                    .result(ComparisonCsv.of(shown));
            default -> throw ApiException.badRequest("format", "must be json, csv, text or markdown, got '"
                    + format + "'");
        }
    }

    /** The test groups of the comparison's jobs, in the order they first appear. */
    private void groups(Context ctx) {
        Map<String, Object> byTag = new LinkedHashMap<>();
        for (Long job : comparisons.jobIds(Params.id(ctx, "id"))) {
            jobs.groups(job).forEach(g -> byTag.putIfAbsent(g.tag(), g));
        }
        ctx.json(new ArrayList<>(byTag.values()));
    }

    /** Each job's test list (DataTables answers), in the comparison's job order. */
    private void tests(Context ctx) {
        DataTablesRequest request = DataTablesRequest.from(ctx, 5000);
        List<Object> pages = new ArrayList<>();
        for (Long job : comparisons.jobIds(Params.id(ctx, "id"))) {
            var page = jobs.tests(job, Params.id(ctx, "group"), request);
            pages.add(DataTablesPage.of(request, page.total(), page.filtered(), page.rows()));
        }
        ctx.json(pages);
    }

    /** The test with the same (group, tag, category) in each job, {@code {}} where a job has none. */
    private void testAcrossJobs(Context ctx) {
        List<Long> jobIds = comparisons.jobIds(Params.id(ctx, "id"));
        Map<Long, ?> byJob = jobs.sameTestIn(jobIds, Params.id(ctx, "test"));
        List<Object> answer = new ArrayList<>();
        jobIds.forEach(job -> answer.add(byJob.containsKey(job) ? byJob.get(job) : Map.of()));
        ctx.json(answer);
    }

    private JsonNode json(Context ctx) {
        try {
            return mapper.readTree(bodies.read(ctx));
        } catch (IOException e) {
            throw ApiException.badRequest("body", "is not valid JSON: " + e.getMessage());
        }
    }
}
