package org.perftracker.server.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.perftracker.server.artifact.ArtifactView;

/** Jobs as the API shows them. Field names become snake_case in JSON ({@code testsTotal} → {@code tests_total}). */
public final class JobViews {
    private JobViews() {
    }

    /** A project reference inside a job: {@code {"id", "name"}}. */
    public record ProjectRef(long id, String name) {
    }

    /** A regression reference inside a job. */
    public record RegressionRef(long id, String tag, String title) {
    }

    /** A row of the jobs list. {@code duration} is in whole seconds. */
    public record JobRow(long id, String uuid, String title, String suiteName, String suiteVer,
            List<EnvNodeView.Ref> envNode, String begin, String end, long duration, String upload,
            int testsTotal, int testsCompleted, int testsFailed, int testsErrors, int testsWarnings,
            ProjectRef project, String productName, String productVer, boolean isLinked, int testcasesTotal,
            int testcasesErrors, boolean deleted) {
    }

    /** One job with its environment tree, links and counters. */
    public record JobDetails(long id, String uuid, String title, String cmdline, String suiteName, String suiteVer,
            String author, String productName, String productVer, Map<String, String> links,
            List<EnvNodeView> envNode, String begin, String end, long duration, String upload,
            int testsTotal, int testsCompleted, int testsFailed, int testsErrors, int testsWarnings,
            int testcasesTotal, int testcasesErrors, ProjectRef project, RegressionRef regression,
            boolean isLinked, boolean deleted, List<ArtifactView> artifacts) {

        public JobDetails {
            artifacts = List.copyOf(artifacts);
        }

        /** @return this job with these artifacts: those linked to it or to its tests */
        JobDetails withArtifacts(List<ArtifactView> linked) {
            return new JobDetails(id, uuid, title, cmdline, suiteName, suiteVer, author, productName, productVer,
                    links, envNode, begin, end, duration, upload, testsTotal, testsCompleted, testsFailed,
                    testsErrors, testsWarnings, testcasesTotal, testcasesErrors, project, regression, isLinked,
                    deleted, linked);
        }
    }

    static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** Time spent running in whole seconds: never more than the span from begin to end. */
    static long durationSeconds(long durationMs, long beginMs, long endMs) {
        return Math.min(Math.round(durationMs / 1000.0), Math.round(Math.max(0, endMs - beginMs) / 1000.0));
    }
}
