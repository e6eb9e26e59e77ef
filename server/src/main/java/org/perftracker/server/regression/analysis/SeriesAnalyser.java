package org.perftracker.server.regression.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.perftracker.core.changepoint.ChangePoint;
import org.perftracker.core.changepoint.ChangePointDetector;
import org.perftracker.core.changepoint.Detection;
import org.perftracker.server.regression.SeriesChangePoint;
import org.perftracker.server.regression.SeriesRepository;
import org.perftracker.server.regression.SeriesRepository.StoredSeries;
import org.perftracker.server.regression.alert.Direction;

/**
 * Analyses the series of a regression that a batch of jobs touched: every test key of those jobs. Each series is
 * read whole (one query per {@value #KEYS_PER_QUERY} series), its fingerprint decides whether the detection resumes
 * from the stored state ({@link ChangePointDetector#update}) or starts over ({@link ChangePointDetector#detect}),
 * and its change points are matched with its alerts ({@link AlertReconciler}). Reads only: the result is written
 * by {@link AnalysisWriter}.
 */
final class SeriesAnalyser {
    private static final int KEYS_PER_QUERY = 200;

    private final ChangePointDetector detector;
    private final SeriesRepository series;
    private final String settings;

    SeriesAnalyser(ChangePointDetector detector, SeriesRepository series) {
        this.detector = detector;
        this.series = series;
        this.settings = detector.config().toString();
    }

    /** A point as the analysis reads it, with the test it belongs to. */
    private record Row(Measurement test, double value, SeriesAnalysis.JobRef job, long endMs) {
    }

    /** What a series measures, from its latest point. */
    private record Measurement(String group, String tag, String category, String metrics, boolean lessBetter) {
    }

    /** An alert of a series as the matching needs it. */
    private record AlertRow(long id, long seriesId, long jobId, long jobEndMs, Direction direction,
            boolean detected) {
    }

    List<SeriesAnalysis> analyse(Handle h, long regressionId, List<Long> jobIds) {
        List<String> keys = h.createQuery(
                "SELECT DISTINCT test_key FROM test WHERE job_id IN (<jobs>) ORDER BY test_key")
                .bindList("jobs", jobIds).mapTo(String.class).list();
        List<SeriesAnalysis> result = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
            Map<String, List<Row>> points = points(h, regressionId, chunk);
            Map<String, StoredSeries> stored = new HashMap<>();
            series.byKeys(h, regressionId, chunk).forEach(s -> stored.put(s.testKey(), s));
            Map<Long, List<AlertRow>> alerts = alerts(h, stored.values().stream().map(StoredSeries::id).toList());
            for (String key : chunk) {
                List<Row> rows = points.getOrDefault(key, List.of());
                Optional<StoredSeries> before = Optional.ofNullable(stored.get(key));
                if (rows.isEmpty() && before.isEmpty()) {
                    continue;
                }
                List<AlertRow> alertsOf = before.map(s -> alerts.getOrDefault(s.id(), List.of())).orElse(List.of());
                analyseOne(key, rows, before, alertsOf).ifPresent(result::add);
            }
        }
        return result;
    }

    /** @return empty when the series is exactly what the last analysis saw */
    private Optional<SeriesAnalysis> analyseOne(String key, List<Row> rows, Optional<StoredSeries> before,
            List<AlertRow> alerts) {
        int n = rows.size();
        long[] jobIds = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            jobIds[i] = rows.get(i).job().id();
            values[i] = rows.get(i).value();
        }
        Detection detection;
        boolean appended = before.isPresent() && before.get().points() <= n && before.get().fingerprint()
                .equals(SeriesFingerprint.of(settings, jobIds, values, before.get().points()));
        if (appended && before.get().points() == n) {
            return Optional.empty();
        }
        detection = appended ? detector.update(previous(before.get()), values) : detector.detect(values);
        Measurement test = n > 0 ? rows.get(n - 1).test() : testOf(before.orElseThrow());
        Map<Long, SeriesAnalysis.JobRef> jobs = new HashMap<>();
        List<SeriesChangePoint> changePoints = new ArrayList<>();
        List<AlertReconciler.Wanted> wanted = new ArrayList<>();
        for (ChangePoint c : detection.changePoints()) {
            Row at = rows.get(c.index());
            boolean settled = n - c.index() > detector.config().minSegment();
            SeriesChangePoint point = new SeriesChangePoint(c.index(), at.job().id(), c.meanBefore(), c.meanAfter(),
                    c.pValue(), settled);
            changePoints.add(point);
            if (settled) {
                jobs.put(at.job().id(), at.job());
                wanted.add(new AlertReconciler.Wanted(point, Direction.of(c.relativeChange(), test.lessBetter())));
            }
        }
        List<AlertReconciler.Existing> existing = alerts.stream()
                .map(a -> new AlertReconciler.Existing(a.id(), a.jobId(), position(rows, a.jobEndMs(), a.jobId()),
                        a.direction(), a.detected()))
                .toList();
        List<AlertReconciler.Action> actions = AlertReconciler.reconcile(wanted, existing,
                detector.config().minSegment());
        SeriesRepository.AnalysedSeries state = new SeriesRepository.AnalysedSeries(key, test.group(), test.tag(),
                test.category(), test.metrics(), test.lessBetter(), n,
                SeriesFingerprint.of(settings, jobIds, values, n), detection.resumeIndex(), changePoints);
        return Optional.of(new SeriesAnalysis(before.map(StoredSeries::id), state, actions, jobs));
    }

    private static Detection previous(StoredSeries s) {
        List<ChangePoint> points = s.changePoints().stream()
                .map(c -> new ChangePoint(c.index(), c.meanBefore(), c.meanAfter(), c.relativeChange(), c.pValue()))
                .toList();
        return new Detection(points, s.points(), s.resumeIndex());
    }

    private static Measurement testOf(StoredSeries s) {
        return new Measurement(s.group(), s.tag(), s.category(), s.metrics(), s.lessBetter());
    }

    /** @return how many points come before the job in build order: its index, if it is in the series */
    private static int position(List<Row> rows, long endMs, long jobId) {
        int low = 0;
        int high = rows.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            Row r = rows.get(mid);
            boolean before = r.endMs() < endMs || r.endMs() == endMs && r.job().id() < jobId;
            if (before) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static Map<String, List<Row>> points(Handle h, long regressionId, List<String> keys) {
        Map<String, List<Row>> points = new LinkedHashMap<>();
        h.createQuery("""
                SELECT t.test_key, t.group_name, t.tag, t.category, t.metrics, t.less_better, t.avg_score,
                       j.id AS job_id, j.uuid, j.product_ver, j.end_ms
                """ + SeriesRepository.POINTS + " AND t.test_key IN (<keys>) ORDER BY t.test_key, j.end_ms, j.id")
                .bind("regression", regressionId).bindList("keys", keys)
                .map((rs, ctx) -> Map.entry(rs.getString("test_key"), new Row(new Measurement(
                        rs.getString("group_name"), rs.getString("tag"), rs.getString("category"),
                        rs.getString("metrics"), rs.getBoolean("less_better")), rs.getDouble("avg_score"),
                        new SeriesAnalysis.JobRef(rs.getLong("job_id"), rs.getString("uuid"),
                                rs.getString("product_ver")), rs.getLong("end_ms"))))
                .forEach(e -> {
                    if (Double.isFinite(e.getValue().value())) {
                        points.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
                    }
                });
        return points;
    }

    private static Map<Long, List<AlertRow>> alerts(Handle h, List<Long> seriesIds) {
        if (seriesIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<AlertRow>> bySeries = new HashMap<>();
        h.createQuery("""
                SELECT a.id, a.series_id, a.job_id, j.end_ms, a.direction, a.detected
                FROM regression_alert a JOIN job j ON j.id = a.job_id
                WHERE a.series_id IN (<series>) ORDER BY a.id""")
                .bindList("series", seriesIds)
                .map((rs, ctx) -> new AlertRow(rs.getLong("id"), rs.getLong("series_id"), rs.getLong("job_id"),
                        rs.getLong("end_ms"), Direction.parse(rs.getString("direction")).orElseThrow(),
                        rs.getBoolean("detected")))
                .forEach(a -> bySeries.computeIfAbsent(a.seriesId(), k -> new ArrayList<>()).add(a));
        return bySeries;
    }
}
