package org.perftracker.server.regression.alert;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/** Alerts as the API, the pages and the notifications show them. JSON keys are snake_case. */
public final class AlertViews {
    private AlertViews() {
    }

    public record RegressionRef(long id, String tag, String title) {
    }

    /** The test whose series shifted. */
    public record SeriesRef(long id, String group, String tag, String category, String metrics, boolean lessBetter) {
    }

    /** The first job after the shift, and its build (product version). */
    public record JobRef(long id, String uuid, String build) {
    }

    /**
     * One alert.
     *
     * @param changePct the change in %, signed (+18.2 = the mean rose by 18.2%); null when the level before was 0
     * @param pValue the detector's Bonferroni-adjusted p-value
     * @param detected whether the latest analysis of the series still finds the shift
     * @param summary one line, e.g. {@code login latency +18% (p < 0.001) since build 1.4.0-512}
     */
    public record Alert(long id, long projectId, RegressionRef regression, SeriesRef series, JobRef job,
            double meanBefore, double meanAfter, Double changePct, double pValue, String direction, String state,
            boolean detected, String note, String bugUrl, String detectedAt, String analysedAt, String triagedAt,
            String triagedBy, String summary) {
    }

    /** What a chart marks of an alert at its change point: which alert, its state, whether it is still found. */
    public record Marker(long alertId, long jobId, String direction, String state, boolean detected) {
    }

    /**
     * The alerts a job introduced, as the home and job pages list them: the first few and how many there are.
     *
     * @param total every alert of the job the list counts, shown or not
     */
    public record JobChanges(long jobId, long total, List<Alert> alerts) {
        public JobChanges {
            alerts = List.copyOf(alerts);
        }
    }

    /** One change of an alert: its detection, a triage, a move of its change point, a retraction. */
    public record HistoryEntry(long id, String at, String actor, String event, String fromState, String toState,
            String note, String bugUrl, String detail) {
    }

    /** An alert with its whole history, oldest first. */
    public record AlertDetails(@JsonUnwrapped Alert alert, List<HistoryEntry> history) {
        public AlertDetails {
            history = List.copyOf(history);
        }
    }

    /** A page of alerts. */
    public record AlertPage(long total, int start, int length, List<Alert> data) {
        public AlertPage {
            data = List.copyOf(data);
        }
    }

    /** The alerts of one job. */
    public record JobAlerts(JobRef job, List<Alert> alerts) {
        public JobAlerts {
            alerts = List.copyOf(alerts);
        }
    }

    /** A page of jobs with their alerts. */
    public record JobAlertsPage(long total, int start, int length, List<JobAlerts> data) {
        public JobAlertsPage {
            data = List.copyOf(data);
        }
    }

    static String time(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).toString();
    }
}
