package org.perftracker.server.regression;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.perftracker.server.job.JobViews;
import org.perftracker.server.regression.alert.AlertViews;

/** Regressions and their series as the API and the pages show them. JSON keys are snake_case. */
public final class RegressionViews {
    private RegressionViews() {
    }

    /**
     * A row of the regressions list (the reference's RegressionSimpleSerializer, plus the count of untriaged
     * regressions).
     *
     * @param jobs linked, not deleted jobs
     * @param firstJob the earliest of them by end time; null without jobs
     * @param openRegressions alerts of direction regression, state new, still detected
     */
    public record RegressionRow(long id, String title, String tag, long jobs, JobViews.ProjectRef project,
            JobViews.JobRow firstJob, JobViews.JobRow lastJob, long openRegressions) {
    }

    /**
     * One regression with a page of its jobs (linked or not, not deleted; newest first; {@code is_linked} says which
     * count).
     */
    public record RegressionDetails(long id, String title, String tag, long jobs, JobViews.ProjectRef project,
            JobViews.JobRow firstJob, JobViews.JobRow lastJob, long openRegressions, long jobsListTotal,
            List<JobViews.JobRow> jobsList) {
        public RegressionDetails {
            jobsList = List.copyOf(jobsList);
        }
    }

    /** The latest change of a series: the alert of its last change point. */
    public record LatestChange(long alertId, long jobId, String build, Double changePct, double pValue,
            String direction, String state, boolean detected, String summary) {
    }

    /**
     * A series in a regression's list.
     *
     * @param points points of the series when it was last analysed
     * @param trend a {@link TrendClass} word, e.g. {@code degradation_10}
     * @param trendChangePct (current − baseline level) / |baseline| in %; see {@link SeriesTrend}
     * @param latestChange null when the series has no change point
     * @param openAlerts alerts of the series in state new and still detected
     */
    public record SeriesRow(long id, long regressionId, String group, String tag, String category, String metrics,
            boolean lessBetter, int points, String trend, double trendChangePct, Double baselineLevel,
            Double currentLevel, LatestChange latestChange, long openAlerts, String analysedAt) {
    }

    /** A DataTables page of series, with how many series of the regression are in each trend class. */
    public record SeriesPage(int draw, @JsonProperty("recordsTotal") long recordsTotal,
            @JsonProperty("recordsFiltered") long recordsFiltered, List<SeriesRow> data, String result,
            Map<String, Long> classes) {
        public SeriesPage {
            data = List.copyOf(data);
            classes = Map.copyOf(classes);
        }
    }

    /**
     * A point of a series: one job's test.
     *
     * @param index the point's position in the series, from 0
     * @param mean the test's mean score
     * @param spread the standard deviation of its scores
     * @param n how many scores
     */
    public record Point(int index, long jobId, String jobUuid, String build, String end, double mean, double spread,
            int n) {
    }

    /**
     * A change point as the last analysis found it; {@code settled} is false while it sits at the last index the
     * detector's shortest segment allows (no alert yet: one more build confirms where it is).
     */
    public record ChangePointView(int index, long jobId, String build, double meanBefore, double meanAfter,
            Double changePct, double pValue, String direction, boolean settled) {
    }

    /**
     * One series with a page of its points ({@code start}, {@code points_total}), its change points and its alerts.
     */
    public record SeriesDetails(SeriesRow series, long pointsTotal, int start, List<Point> points,
            List<ChangePointView> changePoints, List<AlertViews.Alert> alerts) {
        public SeriesDetails {
            points = List.copyOf(points);
            changePoints = List.copyOf(changePoints);
            alerts = List.copyOf(alerts);
        }
    }

    /** How many series of a group are in a trend class (a {@link TrendClass} word). */
    public record GroupTrendCount(String group, String trend, long series) {
    }

    /**
     * What the chart of one series needs: its row, its last points ({@code pointsTotal} in all), its change points
     * and its alerts' states.
     */
    public record SeriesChart(SeriesRow series, long pointsTotal, List<Point> points,
            List<ChangePointView> changePoints, List<AlertViews.Marker> alerts) {
        public SeriesChart {
            points = List.copyOf(points);
            changePoints = List.copyOf(changePoints);
            alerts = List.copyOf(alerts);
        }
    }
}
