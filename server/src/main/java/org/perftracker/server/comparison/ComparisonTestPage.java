package org.perftracker.server.comparison;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perftracker.server.job.JobCells;
import org.perftracker.server.job.JobService;
import org.perftracker.server.job.TestViews;
import org.perftracker.server.page.Formats;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;
import org.perftracker.server.web.ApiException;

/**
 * One test across the jobs of a comparison, {@code /<project>/comparison/<id>/test/<test>}: every job's raw
 * iterations side by side, with their statistics and a chart of the iterations. With {@code ?part=1} only that,
 * as the comparison page shows it when a row is expanded. {@code <test>} is the id of the test in any of the
 * comparison's jobs; the others' tests are those with the same (group, tag, category).
 */
public final class ComparisonTestPage {
    private final ComparisonService comparisons;
    private final JobService jobs;
    private final ObjectMapper charts = new ObjectMapper();
    private final Layouts layouts;
    private final Templates templates;

    ComparisonTestPage(ComparisonService comparisons, JobService jobs, Layouts layouts, Templates templates) {
        this.comparisons = comparisons;
        this.jobs = jobs;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** One job's column: its legend and its test, empty when the job has no such test. */
    public record Column(long jobId, String legend, Optional<TestViews.TestDetails> test) {
        public String outcome() {
            return test.map(t -> JobCells.outcome(t.status(), t.errors(), t.warnings())).orElse("");
        }

        public boolean bad() {
            return test.map(t -> t.errors() > 0 || "FAILED".equals(t.status())).orElse(false);
        }

        /** @return a statistic with the test's unit, or {@code n/a} when the test has fewer scores than needed */
        public String value(double v, int scoresNeeded) {
            return test.filter(t -> t.scores().size() >= scoresNeeded).map(t -> Formats.withUnit(v, t.metrics()))
                    .orElse(Formats.NOT_AVAILABLE);
        }

        /** @return the iteration's raw score, or "" past the last one */
        public String score(int iteration) {
            return test.filter(t -> iteration < t.scores().size()).map(t -> Formats.raw(t.scores().get(iteration)))
                    .orElse("");
        }
    }

    /** The fragment's view. */
    public record View(String comparisonPath, String comparisonTitle, long projectId, TestViews.TestDetails first,
            List<Column> columns, String iterationsJson) {
        public View {
            columns = List.copyOf(columns);
        }

        public String name() {
            return JobCells.testName(first.tag(), first.category());
        }

        /** @return the most iterations any job has */
        public int iterations() {
            return columns.stream().mapToInt(c -> c.test().map(t -> t.scores().size()).orElse(0)).max().orElse(0);
        }

        public String testHref(Column c) {
            return "/" + projectId + "/job/" + c.jobId() + "/test/" + c.test().map(TestViews.TestDetails::id)
                    .orElse(0L);
        }
    }

    /** The page's view: the fragment in the layout. */
    public record PageView(Layout layout, View view) {
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        SavedComparison saved = comparisons.get(PageParams.id(ctx, "id"));
        long testId = PageParams.id(ctx, "test");
        Map<Long, TestViews.TestDetails> byJob = jobs.sameTestIn(saved.jobIds(), testId);
        TestViews.TestDetails first = byJob.values().stream().filter(t -> t.id() == testId).findFirst()
                .orElseThrow(() -> ApiException.notFound("Test " + testId + " is not in comparison " + saved.id()));
        List<String> legends = comparisons.legends(saved.jobIds());
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < saved.jobIds().size(); i++) {
            long job = saved.jobIds().get(i);
            columns.add(new Column(job, i < legends.size() ? legends.get(i) : "job " + job,
                    Optional.ofNullable(byJob.get(job))));
        }
        String path = "/" + projectId + "/comparison/" + saved.id();
        View view = new View(path, saved.title(), projectId, first, columns, iterations(columns));
        if (ctx.queryParam("part") != null) {
            templates.render(ctx, "comparison/testPart.jte", view);
            return;
        }
        Layout layout = layouts.of(ctx, view.name() + " · comparison #" + saved.id(), "comparisons", projectId)
                .withScript("/static/comparison.js");
        templates.render(ctx, "comparison/test.jte", new PageView(layout, view));
    }

    /** @return {@code {"unit": "ms", "series": [{"name": "#1: 1.0", "job": 0, "scores": [1.5, 1.7]}, …]}} */
    private String iterations(List<Column> columns) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.test().isPresent()) {
                series.add(Map.of("name", c.legend(), "job", i, "scores", c.test().get().scores()));
            }
        }
        String unit = columns.stream().flatMap(c -> c.test().stream()).map(TestViews.TestDetails::metrics)
                .findFirst().orElse("");
        try {
            return charts.writeValueAsString(Map.of("unit", unit, "series", series));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("iterations are always JSON", e);
        }
    }
}
