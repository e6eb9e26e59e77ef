package org.perftracker.server.comparison;

import java.time.Instant;
import java.util.List;
import org.perftracker.server.job.EnvNodeView;
import org.perftracker.server.job.JobViews;

/** Saved comparisons as the API shows them, with the reference's field names. */
public final class ComparisonViews {
    private ComparisonViews() {
    }

    /** A row of the comparisons list; per-job values are lists in job order. */
    public record ComparisonRow(long id, String title, String suiteName, String suiteVer,
            List<EnvNodeView.Ref> envNode, String updated, List<Integer> testsTotal, List<Integer> testsErrors,
            List<Integer> testcasesTotal, List<Integer> testcasesErrors, JobViews.ProjectRef project,
            List<Long> jobs) {
    }

    /** One comparison with its jobs and options (the option values are the reference's integers). */
    public record ComparisonDetails(long id, String title, String updated, String created,
            JobViews.ProjectRef project, List<JobViews.JobRow> jobs, int chartsType, int tablesType, int testsType,
            int valuesType, double alpha, double likelyThreshold, boolean deleted) {
    }

    static ComparisonRow row(SavedComparison c, List<JobViews.JobRow> jobs) {
        List<EnvNodeView.Ref> env = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        jobs.forEach(j -> j.envNode().forEach(n -> {
            if (seen.add(n.name())) {
                env.add(n);
            }
        }));
        return new ComparisonRow(c.id(), c.title(), join(jobs.stream().map(JobViews.JobRow::suiteName).toList()),
                join(jobs.stream().map(JobViews.JobRow::suiteVer).toList()), env,
                Instant.ofEpochMilli(c.updatedMs()).toString(),
                jobs.stream().map(JobViews.JobRow::testsTotal).toList(),
                jobs.stream().map(JobViews.JobRow::testsErrors).toList(),
                jobs.stream().map(JobViews.JobRow::testcasesTotal).toList(),
                jobs.stream().map(JobViews.JobRow::testcasesErrors).toList(),
                new JobViews.ProjectRef(c.projectId(), c.projectName()), c.jobIds());
    }

    static ComparisonDetails details(SavedComparison c, List<JobViews.JobRow> jobs) {
        return new ComparisonDetails(c.id(), c.title(), Instant.ofEpochMilli(c.updatedMs()).toString(),
                Instant.ofEpochMilli(c.createdMs()).toString(), new JobViews.ProjectRef(c.projectId(), c.projectName()),
                jobs, c.chartsType(), c.tablesType(), c.testsType(), c.valuesType(), c.alpha(), c.likelyThreshold(),
                c.deleted());
    }

    private static String join(List<String> values) {
        return String.join(", ", values);
    }
}
