package org.perftracker.server.regression.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.perftracker.server.regression.SeriesChangePoint;
import org.perftracker.server.regression.SeriesRepository;
import org.perftracker.server.regression.SeriesTrend;
import org.perftracker.server.regression.alert.AlertRepository;
import org.perftracker.server.regression.alert.AlertViews;
import org.perftracker.server.regression.notify.Notices;
import org.perftracker.server.regression.notify.Outbox;

/**
 * Writes what {@link SeriesAnalyser} found, in the caller's transaction: the series' state and trend, the alerts
 * created, refreshed, moved or retracted with their history, and the notifications of the new alerts.
 */
final class AnalysisWriter {
    private final SeriesRepository series;
    private final AlertRepository alerts;
    private final Outbox outbox;

    AnalysisWriter(SeriesRepository series, AlertRepository alerts, Outbox outbox) {
        this.series = series;
        this.alerts = alerts;
        this.outbox = outbox;
    }

    /** @return how many notifications were queued */
    int write(Handle h, long regressionId, List<Long> jobIds, List<SeriesAnalysis> analyses, long now) {
        if (analyses.isEmpty()) {
            return 0;
        }
        Regression regression = h.createQuery("SELECT id, project_id, tag, title FROM regression WHERE id = :id")
                .bind("id", regressionId)
                .map((rs, ctx) -> new Regression(rs.getLong("project_id"), new AlertViews.RegressionRef(
                        rs.getLong("id"), rs.getString("tag"), rs.getString("title"))))
                .one();
        List<Long> created = new ArrayList<>();
        Map<Long, SeriesRepository.AnalysedSeries> written = new LinkedHashMap<>();
        for (SeriesAnalysis a : analyses) {
            long seriesId;
            if (a.seriesId().isPresent()) {
                seriesId = a.seriesId().get();
                series.update(h, seriesId, a.state(), now);
            } else {
                seriesId = series.insert(h, regressionId, a.state(), now);
            }
            written.put(seriesId, a.state());
            AlertRepository.Owner owner = new AlertRepository.Owner(regression.projectId(), regressionId, seriesId);
            for (AlertReconciler.Action action : a.actions()) {
                apply(h, owner, a, action, now).ifPresent(created::add);
            }
        }
        Map<Long, Set<Long>> accepted = new HashMap<>();
        h.createQuery("""
                SELECT series_id, job_id FROM regression_alert
                WHERE regression_id = :regression AND state = 'accepted_as_baseline'""")
                .bind("regression", regressionId)
                .map((rs, ctx) -> new long[] {rs.getLong("series_id"), rs.getLong("job_id")})
                .forEach(r -> accepted.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[1]));
        written.forEach((id, state) -> series.writeTrend(h, id, SeriesTrend.of(state.changePoints(),
                state.lessBetter(), accepted.getOrDefault(id, Set.of()))));
        if (created.isEmpty()) {
            return 0;
        }
        List<Notices.JobRef> uploads = h.createQuery("SELECT id, uuid FROM job WHERE id IN (<jobs>) ORDER BY id")
                .bindList("jobs", jobIds).map((rs, ctx) -> new Notices.JobRef(rs.getLong("id"), rs.getString("uuid")))
                .list();
        return outbox.alertsDetected(h, regression.projectId(), regression.ref(), uploads,
                alerts.byIds(h, created), now);
    }

    private record Regression(long projectId, AlertViews.RegressionRef ref) {
    }

    /** @return the id of a created alert */
    private Optional<Long> apply(Handle h, AlertRepository.Owner owner, SeriesAnalysis a,
            AlertReconciler.Action action, long now) {
        if (action instanceof AlertReconciler.Create c) {
            return Optional.of(alerts.insert(h, owner, detected(a, c.wanted()), now));
        } else if (action instanceof AlertReconciler.Refresh r) {
            alerts.update(h, r.alert().id(), detected(a, r.wanted()), r.alert().detected(), "", now);
        } else if (action instanceof AlertReconciler.Move m) {
            SeriesAnalysis.JobRef to = a.jobs().get(m.wanted().changePoint().jobId());
            alerts.update(h, m.alert().id(), detected(a, m.wanted()), m.alert().detected(),
                    "the change point moved from job " + m.alert().jobId() + " to job " + to.id()
                            + (to.build().isEmpty() ? "" : " (build " + to.build() + ")"), now);
        } else if (action instanceof AlertReconciler.Retract r) {
            alerts.retract(h, r.alert().id(), now);
        }
        return Optional.empty();
    }

    private static AlertRepository.Detected detected(SeriesAnalysis a, AlertReconciler.Wanted wanted) {
        SeriesChangePoint c = wanted.changePoint();
        double change = c.relativeChange();
        return new AlertRepository.Detected(c.jobId(), a.jobs().get(c.jobId()).build(), c.meanBefore(),
                c.meanAfter(), Double.isFinite(change) ? change * 100 : null, c.pValue(), wanted.direction());
    }
}
