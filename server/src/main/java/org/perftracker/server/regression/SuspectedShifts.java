package org.perftracker.server.regression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.perftracker.core.changepoint.ChangePointDetector;
import org.perftracker.core.changepoint.TailCheck;
import org.perftracker.server.regression.alert.Direction;

/**
 * The shifts a job may have introduced that are too recent to be confirmed: for a job with fewer than
 * {@code minSegment} builds after it, each of its tests is checked with {@link TailCheck}: the job's own point
 * against the level before it, since the series' last change point, at most {@value #MAX_BASELINE} builds. Later
 * builds are left out, so that a shift they brought is not laid at this job's door. The detector's α is shared among the job's series (Bonferroni), so a job of many
 * tests does not fail a CI gate by chance; the minimum relative change is the detector's. A suspect is not an
 * alert: one build cannot tell a shift from a spike, and the detector decides once enough builds follow.
 */
public final class SuspectedShifts {
    /** Baseline builds a test's noise is estimated from. */
    static final int MAX_BASELINE = 30;
    /** At most this many suspects are answered, the most significant first. */
    static final int MAX_SUSPECTS = 100;

    private final SeriesRepository series;
    private final ChangePointDetector.Config config;

    SuspectedShifts(SeriesRepository series, ChangePointDetector.Config config) {
        this.series = series;
        this.config = config;
    }

    /** A test of the job whose newest points stand out. */
    public record Suspect(String group, String tag, String category, String metrics, boolean lessBetter,
            double meanBefore, double meanAfter, double changePct, double pValue, int baselineBuilds,
            String direction) {
    }

    /** What the check found: the suspects, and how many of the job's tests could be judged at all. */
    public record Found(List<Suspect> suspects, int testsChecked) {
        public Found {
            suspects = List.copyOf(suspects);
        }
    }

    private record Point(long jobId, double value) {
    }

    private record Measured(String group, String tag, String category, String metrics, boolean lessBetter) {
    }

    Found of(Handle h, long regressionId, long jobId) {
        List<Long> jobs = h.createQuery("""
                SELECT id FROM job WHERE regression_id = :regression AND regression_linked = TRUE AND deleted = FALSE
                ORDER BY end_ms, id""").bind("regression", regressionId).mapTo(Long.class).list();
        int at = jobs.indexOf(jobId);
        if (at < 0) {
            return new Found(List.of(), 0);
        }
        List<Long> window = jobs.subList(Math.max(0, at - MAX_BASELINE), jobs.size());
        Map<String, Measured> measured = measured(h, jobId);
        List<Tail> tails = tails(points(h, regressionId, window, jobId), series.changePoints(h, regressionId),
                measured.keySet(), jobId);
        double alpha = config.pValue() / Math.max(1, tails.size());
        List<Suspect> suspects = new ArrayList<>();
        for (Tail t : tails) {
            Measured m = measured.get(t.key());
            TailCheck.check(t.values(), t.from(), t.from() + 1, t.baselineStart(), MAX_BASELINE, alpha,
                    config.minRelativeChange())
                    .ifPresent(s -> suspects.add(new Suspect(m.group(), m.tag(), m.category(), m.metrics(),
                            m.lessBetter(), s.meanBefore(), s.meanAfter(), 100 * s.relativeChange(), s.pValue(),
                            s.baselinePoints(), Direction.of(s.relativeChange(), m.lessBetter()).word())));
        }
        suspects.sort(Comparator.comparing((Suspect s) -> !s.direction().equals(Direction.REGRESSION.word()))
                .thenComparingDouble(Suspect::pValue).thenComparing(Suspect::group).thenComparing(Suspect::tag)
                .thenComparing(Suspect::category));
        return new Found(suspects.subList(0, Math.min(MAX_SUSPECTS, suspects.size())), tails.size());
    }

    /** A series of the job to check: its values, the job's index, and where its baseline may start. */
    private record Tail(String key, double[] values, int from, int baselineStart) {
    }

    /**
     * The series with enough builds before the job since their last change point ({@link TailCheck#MIN_BASELINE}):
     * the baseline starts at the last stored change point before the job.
     */
    private static List<Tail> tails(Map<String, List<Point>> points, Map<String, List<SeriesChangePoint>> changes,
            Set<String> measured, long jobId) {
        List<Tail> tails = new ArrayList<>();
        for (Map.Entry<String, List<Point>> e : points.entrySet()) {
            List<Point> series = e.getValue();
            int from = indexOf(series, jobId);
            if (from < TailCheck.MIN_BASELINE || !measured.contains(e.getKey())) {
                continue;
            }
            int baselineStart = 0;
            for (SeriesChangePoint c : changes.getOrDefault(e.getKey(), List.of())) {
                int i = indexOf(series, c.jobId());
                if (i >= 0 && i < from) {
                    baselineStart = Math.max(baselineStart, i);
                }
            }
            if (from - baselineStart >= TailCheck.MIN_BASELINE) {
                tails.add(new Tail(e.getKey(), series.stream().mapToDouble(Point::value).toArray(), from,
                        baselineStart));
            }
        }
        return tails;
    }

    /** The job's tests that make points, by test key, as a suspect names them. */
    private static Map<String, Measured> measured(Handle h, long jobId) {
        Map<String, Measured> measured = new HashMap<>();
        h.createQuery("""
                SELECT test_key, group_name, tag, category, metrics, less_better FROM test
                WHERE job_id = :job AND score_count > 0 AND status <> 'FAILED'""")
                .bind("job", jobId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Measured(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6))))
                .forEach(e -> measured.put(e.getKey(), e.getValue()));
        return measured;
    }

    /**
     * The points of the job's series in these jobs (given in build order), in build order, by test key. The rows come
     * unsorted and are put in order here: sorting some 300,000 of them is cheaper in memory than in the database.
     */
    private static Map<String, List<Point>> points(Handle h, long regressionId, List<Long> window, long jobId) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < window.size(); i++) {
            position.put(window.get(i), i);
        }
        Map<String, List<Point>> points = new HashMap<>();
        h.createQuery("SELECT t.test_key, t.avg_score, j.id " + SeriesRepository.POINTS + """
                  AND j.id IN (<jobs>) AND t.test_key IN (SELECT test_key FROM test WHERE job_id = :job)""")
                .bind("regression", regressionId).bindList("jobs", window).bind("job", jobId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Point(rs.getLong(3), rs.getDouble(2))))
                .forEach(e -> {
                    if (Double.isFinite(e.getValue().value())) {
                        points.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
                    }
                });
        points.values().forEach(list -> list.sort(Comparator.comparingInt(p -> position.get(p.jobId()))));
        return points;
    }

    private static int indexOf(List<Point> series, long jobId) {
        for (int i = series.size() - 1; i >= 0; i--) {
            if (series.get(i).jobId() == jobId) {
                return i;
            }
        }
        return -1;
    }
}
