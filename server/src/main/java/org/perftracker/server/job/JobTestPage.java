package org.perftracker.server.job;

import io.javalin.http.Context;
import java.util.List;
import java.util.stream.Collectors;
import org.perftracker.server.artifact.ArtifactRow;
import org.perftracker.server.page.Formats;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;

/**
 * One test of a job with everything uploaded with it, {@code /<project>/job/<id>/test/<test>}: raw scores and
 * their chart, statistics, timing, command line, messages. With {@code ?part=1} only the details, which the
 * job page shows when a test row is expanded.
 */
public final class JobTestPage {
    private final JobService jobs;
    private final Layouts layouts;
    private final Templates templates;

    JobTestPage(JobService jobs, Layouts layouts, Templates templates) {
        this.jobs = jobs;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** A test's details as the page shows them. */
    public record TestView(long projectId, TestViews.TestDetails test, List<ArtifactRow> artifacts) {
        public TestView {
            artifacts = List.copyOf(artifacts);
        }

        public String jobHref() {
            return "/" + projectId + "/job/" + test.job();
        }

        public String href() {
            return jobHref() + "/test/" + test.id();
        }

        /** @return the raw scores as a JSON array, for the chart script */
        public String scoresJson() {
            return test.scores().stream().map(Formats::raw).collect(Collectors.joining(",", "[", "]"));
        }

        public String name() {
            return JobCells.testName(test.tag(), test.category());
        }

        public String noise() {
            return JobCells.noise(test.scores().size(), test.stddev(), test.avgScore());
        }

        public String outcome() {
            return JobCells.outcome(test.status(), test.errors(), test.warnings());
        }

        public boolean isBad() {
            return test.errors() > 0 || "FAILED".equals(test.status());
        }

        /** @return the value with the test's unit */
        public String value(double v) {
            return Formats.withUnit(v, test.metrics());
        }

        /** @return the 95% confidence interval of the mean, e.g. {@code ±3.36 pages/s (±3%)} */
        public String ci95() {
            if (test.scores().size() < 2) {
                return Formats.NOT_AVAILABLE + " (one iteration: no variance information)";
            }
            String relative = test.avgScore() == 0 ? ""
                    : " (" + Formats.plusMinus(100 * test.ci95() / Math.abs(test.avgScore())) + ")";
            return "±" + value(test.ci95()) + relative;
        }

        /** @return the raw deviations, as uploaded */
        public String deviations() {
            return test.deviations().stream().map(Formats::raw).collect(Collectors.joining(", "));
        }
    }

    /** The test page's view. */
    public record PageView(Layout layout, TestView test, String jobTitle) {
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        long jobId = PageParams.id(ctx, "id");
        TestViews.TestDetails test = jobs.test(jobId, PageParams.id(ctx, "test"));
        TestView view = new TestView(projectId, test, jobs.testArtifacts(test, projectId));
        if (ctx.queryParam("part") != null) {
            templates.render(ctx, "job/testPart.jte", view);
            return;
        }
        JobViews.JobDetails job = jobs.details(jobId);
        Layout layout = layouts.of(ctx, view.name(), "jobs", projectId).withScript("/static/chart.js");
        templates.render(ctx, "job/test.jte", new PageView(layout, view, job.title()));
    }
}
