package org.perftracker.server.regression;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perftracker.core.changepoint.ChangePointDetector;
import org.perftracker.server.db.Columns;
import org.perftracker.server.db.Database;
import org.perftracker.server.regression.alert.AlertFilter;
import org.perftracker.server.regression.alert.AlertRepository;
import org.perftracker.server.regression.alert.AlertViews;
import org.perftracker.server.regression.analysis.AnalysisQueue;
import org.perftracker.server.web.ApiException;

/**
 * What {@code pt check} asks: did this job introduce an untriaged regression? The answer also says whether the
 * job's analysis has finished, and how many builds follow the job: a shift raises an alert only once enough builds
 * from it on exist ({@code builds_needed}, the job's own included). Until then the job's tests are checked against
 * the level before them ({@link SuspectedShifts}): a test that stands out is a suspected regression, which a CI gate
 * may fail on at once, though it is no alert yet.
 */
public final class CheckService {
    private static final int MAX_ALERTS = 1000;

    private final Database db;
    private final AnalysisQueue queue;
    private final AlertRepository alerts;
    private final SuspectedShifts suspected;
    private final int buildsNeeded;

    /** @param config the detector's settings: a shift needs {@code minSegment + 1} builds to raise an alert */
    public CheckService(Database db, AnalysisQueue queue, AlertRepository alerts, SeriesRepository series,
            ChangePointDetector.Config config) {
        this.db = db;
        this.queue = queue;
        this.alerts = alerts;
        this.suspected = new SuspectedShifts(series, config);
        this.buildsNeeded = config.minSegment() + 1;
    }

    /** The job as the check names it. */
    public record CheckedJob(long id, String uuid, String title, String build, boolean isLinked, boolean deleted) {
    }

    /**
     * The verdict on one job.
     *
     * @param analysed whether every analysis queued for the job's regression has finished (an alert at this job
     *     may come from the analysis of a later build)
     * @param pending queued analyses still to run; {@code failed}: analyses that gave up after errors
     * @param buildsAfter linked builds of the regression after this job
     * @param verdict {@code regression} when the job introduced an untriaged (new, still detected) regression;
     *     else {@code suspected} when too few builds follow it to confirm a shift and one of its tests stands out
     *     as worse; else {@code ok}
     * @param alerts every alert whose first job after the shift is this job, whatever its state
     * @param suspects while too few builds follow the job: its tests that stand out, regressions first
     * @param testsChecked how many of the job's tests had enough history to be checked for suspects
     */
    public record Check(CheckedJob job, AlertViews.RegressionRef regression, boolean analysed, int pending,
            int failed, long buildsAfter, int buildsNeeded, String verdict, long untriagedRegressions,
            List<AlertViews.Alert> alerts, List<SuspectedShifts.Suspect> suspects, int testsChecked) {
        public Check {
            alerts = List.copyOf(alerts);
            suspects = List.copyOf(suspects);
        }
    }

    /**
     * @param projectId 0 for any project
     * @param tag the regression the job must be part of; empty for the job's own
     */
    public Check check(long projectId, Optional<String> tag, String jobUuid) {
        return db.read(h -> {
            Row job = h.createQuery("""
                    SELECT j.id, j.uuid, j.title, j.product_ver, j.project_id, j.end_ms, j.regression_id,
                           j.regression_linked, j.deleted, r.tag, r.title AS regression_title
                    FROM job j LEFT JOIN regression r ON r.id = j.regression_id WHERE j.uuid = :uuid""")
                    .bind("uuid", jobUuid)
                    .map((rs, ctx) -> new Row(new CheckedJob(rs.getLong("id"), rs.getString("uuid"),
                            rs.getString("title"), rs.getString("product_ver"), rs.getBoolean("regression_linked"),
                            rs.getBoolean("deleted")), rs.getLong("project_id"), rs.getLong("end_ms"),
                            Columns.nullableLong(rs, "regression_id"), rs.getString("tag"),
                            rs.getString("regression_title")))
                    .findOne()
                    .filter(r -> projectId == 0 || r.projectId() == projectId)
                    .orElseThrow(() -> new ApiException(404, "Job " + jobUuid + " is not found"
                            + (projectId == 0 ? "" : " in project " + projectId),
                            Map.of("job", List.of("no such job"))));
            if (job.regressionId() == null || tag.isPresent() && !tag.get().equals(job.tag())) {
                throw new ApiException(404, "Job " + jobUuid + " is not part of regression '"
                        + tag.orElse("") + "'" + (job.tag() == null ? "" : " (it is part of '" + job.tag() + "')"),
                        Map.of("tag", List.of("the job is not part of this regression")));
            }
            AnalysisQueue.Status status = queue.status(h, job.regressionId(), job.job().id());
            long after = h.createQuery("""
                    SELECT COUNT(*) FROM job WHERE regression_id = :regression AND regression_linked = TRUE
                      AND deleted = FALSE AND (end_ms > :end OR end_ms = :end AND id > :id)""")
                    .bind("regression", job.regressionId()).bind("end", job.endMs()).bind("id", job.job().id())
                    .mapTo(Long.class).one();
            List<AlertViews.Alert> introduced = alerts.page(h, AlertFilter.project(0).withJob(job.job().id()), 0,
                    MAX_ALERTS);
            long untriaged = introduced.stream().filter(a -> a.detected() && a.state().equals("new")
                    && a.direction().equals("regression")).count();
            boolean settled = after + 1 >= buildsNeeded;
            SuspectedShifts.Found found = settled || !job.job().isLinked() || job.job().deleted()
                    ? new SuspectedShifts.Found(List.of(), 0) : suspected.of(h, job.regressionId(), job.job().id());
            boolean suspect = found.suspects().stream().anyMatch(s -> s.direction().equals("regression"));
            String verdict = untriaged > 0 ? "regression" : suspect ? "suspected" : "ok";
            return new Check(job.job(), new AlertViews.RegressionRef(job.regressionId(), job.tag(),
                    job.regressionTitle()), status.analysed(), status.pending(), status.failed(), after,
                    buildsNeeded, verdict, untriaged, introduced, found.suspects(), found.testsChecked());
        });
    }

    private record Row(CheckedJob job, long projectId, long endMs, Long regressionId, String tag,
            String regressionTitle) {
    }
}
