package org.perftracker.server.regression;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.perftracker.server.db.Columns;
import org.perftracker.server.regression.alert.AlertSummary;
import org.perftracker.server.web.DataTablesRequest;

/**
 * SQL on the series of regressions: their points, read from the jobs and tests themselves, and their stored
 * analysis state.
 *
 * <p>A point of a series is a test of a job linked to the regression and not deleted, with at least one score and
 * not FAILED; points are in build order (job end, then job id). Its value is the test's mean score.
 */
public final class SeriesRepository {
    /** The joins and conditions that select the points of a regression's series ({@code :regression}). */
    public static final String POINTS = """
            FROM job j JOIN test t ON t.job_id = j.id
            WHERE j.regression_id = :regression AND j.regression_linked = TRUE AND j.deleted = FALSE
              AND t.score_count > 0 AND t.status <> 'FAILED'""";

    static final String STORED_COLUMNS = """
            s.id, s.regression_id, s.test_key, s.group_name, s.tag, s.category, s.metrics, s.less_better, s.points,
            s.fingerprint, s.resume_index, s.change_points, s.baseline_level, s.current_level, s.trend_change,
            s.trend, s.latest_job_id, s.analysed_ms""";

    private final ChangePointsJson changePoints;

    public SeriesRepository(ChangePointsJson changePoints) {
        this.changePoints = changePoints;
    }

    /** A series as its last analysis left it. */
    public record StoredSeries(long id, long regressionId, String testKey, String group, String tag, String category,
            String metrics, boolean lessBetter, int points, String fingerprint, int resumeIndex,
            List<SeriesChangePoint> changePoints, SeriesTrend trend, Long latestJobId, long analysedMs) {
    }

    /** What an analysis found of a series, to be stored: the test it measures and the detection state. */
    public record AnalysedSeries(String testKey, String group, String tag, String category, String metrics,
            boolean lessBetter, int points, String fingerprint, int resumeIndex,
            List<SeriesChangePoint> changePoints) {
        public AnalysedSeries {
            changePoints = List.copyOf(changePoints);
        }

        /** @return the first job after the last settled change, if any */
        public Optional<Long> latestJobId() {
            return changePoints.stream().filter(SeriesChangePoint::settled).reduce((a, b) -> b)
                    .map(SeriesChangePoint::jobId);
        }
    }

    public long insert(Handle h, long regressionId, AnalysedSeries s, long now) {
        return bindState(h.createUpdate("""
                INSERT INTO regression_series (regression_id, test_key, group_name, tag, category, metrics, less_better,
                    points, fingerprint, resume_index, change_points, latest_job_id, analysed_ms)
                VALUES (:regression, :key, :group, :tag, :category, :metrics, :lessBetter, :points, :fingerprint,
                    :resume, :changePoints, :latest, :now)"""), s, now)
                .bind("regression", regressionId).bind("key", s.testKey())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public void update(Handle h, long seriesId, AnalysedSeries s, long now) {
        bindState(h.createUpdate("""
                UPDATE regression_series SET group_name = :group, tag = :tag, category = :category,
                    metrics = :metrics, less_better = :lessBetter, points = :points, fingerprint = :fingerprint,
                    resume_index = :resume, change_points = :changePoints, latest_job_id = :latest,
                    analysed_ms = :now
                WHERE id = :id"""), s, now).bind("id", seriesId).execute();
    }

    private Update bindState(Update u, AnalysedSeries s, long now) {
        return u.bind("group", s.group()).bind("tag", s.tag()).bind("category", s.category())
                .bind("metrics", s.metrics()).bind("lessBetter", s.lessBetter()).bind("points", s.points())
                .bind("fingerprint", s.fingerprint()).bind("resume", s.resumeIndex())
                .bind("changePoints", changePoints.write(s.changePoints()))
                .bind("latest", s.latestJobId().orElse(null)).bind("now", now);
    }

    /** @return the stored change points of every series of the regression that has any, by test key */
    public Map<String, List<SeriesChangePoint>> changePoints(Handle h, long regressionId) {
        Map<String, List<SeriesChangePoint>> byKey = new HashMap<>();
        h.createQuery("SELECT test_key, change_points FROM regression_series WHERE regression_id = :regression"
                        + " AND change_points <> '[]'")
                .bind("regression", regressionId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), changePoints.read(rs.getString(2))))
                .forEach(e -> byKey.put(e.getKey(), e.getValue()));
        return byKey;
    }

    public List<StoredSeries> byKeys(Handle h, long regressionId, List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT " + STORED_COLUMNS + " FROM regression_series s"
                + " WHERE s.regression_id = :regression AND s.test_key IN (<keys>)")
                .bind("regression", regressionId).bindList("keys", keys)
                .map((rs, ctx) -> stored(rs)).list();
    }

    public Optional<StoredSeries> byId(Handle h, long seriesId) {
        return h.createQuery("SELECT " + STORED_COLUMNS + " FROM regression_series s WHERE s.id = :id")
                .bind("id", seriesId).map((rs, ctx) -> stored(rs)).findOne();
    }

    /** Recomputes the stored trend of the series from its change points and its alerts accepted as baseline. */
    public void refreshTrend(Handle h, long seriesId) {
        StoredSeries s = byId(h, seriesId).orElseThrow();
        Set<Long> accepted = Set.copyOf(h.createQuery("""
                SELECT job_id FROM regression_alert WHERE series_id = :series AND state = 'accepted_as_baseline'""")
                .bind("series", seriesId).mapTo(Long.class).list());
        writeTrend(h, seriesId, SeriesTrend.of(s.changePoints(), s.lessBetter(), accepted));
    }

    public void writeTrend(Handle h, long seriesId, SeriesTrend trend) {
        h.createUpdate("""
                UPDATE regression_series SET baseline_level = :baseline, current_level = :current,
                    trend_change = :change, trend = :trend
                WHERE id = :id""")
                .bind("id", seriesId).bind("baseline", trend.baselineLevel()).bind("current", trend.currentLevel())
                .bind("change", trend.change()).bind("trend", trend.trendClass().word()).execute();
    }

    /** Sort keys of the series list's columns: '', id, group, tag, category, change (worst first), points. */
    private static final List<String> ORDER = List.of("s.id", "s.id", "s.group_name", "s.tag", "s.category",
            "(CASE WHEN s.less_better THEN -s.trend_change ELSE s.trend_change END)", "s.points");
    private static final String LIST_SELECT = "SELECT " + STORED_COLUMNS + """
            , a.id AS alert_id, a.job_id AS alert_job, a.build, a.change_pct, a.p_value, a.direction, a.state,
              a.detected,
              (SELECT COUNT(*) FROM regression_alert o WHERE o.series_id = s.id AND o.state = 'new'
                 AND o.detected = TRUE) AS open_alerts
            FROM regression_series s LEFT JOIN regression_alert a ON a.series_id = s.id AND a.job_id = s.latest_job_id
            """;
    static final String SEARCH = " AND (LOWER(s.tag) LIKE :search ESCAPE '!'"
            + " OR LOWER(s.group_name) LIKE :search ESCAPE '!' OR LOWER(s.category) LIKE :search ESCAPE '!')";

    /** A page of the regression's series, in the trend classes asked for (all when none are). */
    public List<RegressionViews.SeriesRow> page(Handle h, long regressionId, List<TrendClass> classes,
            DataTablesRequest request) {
        StringBuilder sql = new StringBuilder(LIST_SELECT).append(where(classes, request)).append(" ORDER BY ");
        if (request.orders().isEmpty()) {
            sql.append("s.group_name, s.tag, s.category, s.id");
        } else {
            for (var o : request.orders()) {
                sql.append(ORDER.get(Math.max(0, Math.min(ORDER.size() - 1, o.column()))))
                        .append(o.ascending() ? " ASC, " : " DESC, ");
            }
            sql.append("s.id");
        }
        return bind(h.createQuery(sql + " LIMIT :limit OFFSET :offset"), regressionId, classes, request)
                .bind("limit", request.length()).bind("offset", request.start())
                .map((rs, ctx) -> row(rs)).list();
    }

    public Optional<RegressionViews.SeriesRow> row(Handle h, long seriesId) {
        return h.createQuery(LIST_SELECT + " WHERE s.id = :id").bind("id", seriesId).map((rs, ctx) -> row(rs))
                .findOne();
    }

    public long count(Handle h, long regressionId, List<TrendClass> classes, DataTablesRequest request) {
        return bind(h.createQuery("SELECT COUNT(*) FROM regression_series s" + where(classes, request)), regressionId,
                classes, request).mapTo(Long.class).one();
    }

    /** @return how many series of the regression are in each trend class, every class named */
    public Map<String, Long> classCounts(Handle h, long regressionId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TrendClass c : TrendClass.values()) {
            counts.put(c.word(), 0L);
        }
        h.createQuery("SELECT trend, COUNT(*) AS n FROM regression_series WHERE regression_id = :regression"
                + " GROUP BY trend").bind("regression", regressionId)
                .map((rs, ctx) -> Map.entry(rs.getString("trend"), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** A page of the series' points in build order. */
    public List<RegressionViews.Point> points(Handle h, long regressionId, String testKey, int start, int length) {
        List<RegressionViews.Point> points = new ArrayList<>();
        h.createQuery("SELECT j.id, j.uuid, j.product_ver, j.end_ms, t.avg_score, t.stddev, t.score_count " + POINTS
                + " AND t.test_key = :key ORDER BY j.end_ms, j.id LIMIT :limit OFFSET :offset")
                .bind("regression", regressionId).bind("key", testKey).bind("limit", length).bind("offset", start)
                .map((rs, ctx) -> new RegressionViews.Point(0, rs.getLong("id"), rs.getString("uuid"),
                        rs.getString("product_ver"), Instant.ofEpochMilli(rs.getLong("end_ms")).toString(),
                        rs.getDouble("avg_score"), rs.getDouble("stddev"), rs.getInt("score_count")))
                .forEach(p -> points.add(new RegressionViews.Point(start + points.size(), p.jobId(), p.jobUuid(),
                        p.build(), p.end(), p.mean(), p.spread(), p.n())));
        return points;
    }

    public long countPoints(Handle h, long regressionId, String testKey) {
        return h.createQuery("SELECT COUNT(*) " + POINTS + " AND t.test_key = :key").bind("regression", regressionId)
                .bind("key", testKey).mapTo(Long.class).one();
    }

    private static String where(List<TrendClass> classes, DataTablesRequest request) {
        return " WHERE s.regression_id = :regression" + (classes.isEmpty() ? "" : " AND s.trend IN (<classes>)")
                + (request.search().isEmpty() ? "" : SEARCH);
    }

    private static Query bind(Query query, long regressionId, List<TrendClass> classes, DataTablesRequest request) {
        query.bind("regression", regressionId);
        if (!classes.isEmpty()) {
            query.bindList("classes", classes.stream().map(TrendClass::word).toList());
        }
        if (!request.search().isEmpty()) {
            query.bind("search", request.searchPattern());
        }
        return query;
    }

    private RegressionViews.SeriesRow row(ResultSet rs) throws SQLException {
        StoredSeries s = stored(rs);
        RegressionViews.LatestChange latest = null;
        Long alertId = Columns.nullableLong(rs, "alert_id");
        if (alertId != null) {
            Double change = Columns.nullableDouble(rs, "change_pct");
            latest = new RegressionViews.LatestChange(alertId, rs.getLong("alert_job"), rs.getString("build"), change,
                    rs.getDouble("p_value"), rs.getString("direction"), rs.getString("state"),
                    rs.getBoolean("detected"), AlertSummary.of(s.tag(), s.category(), change, rs.getDouble("p_value"),
                            rs.getString("build"), rs.getLong("alert_job")));
        }
        return new RegressionViews.SeriesRow(s.id(), s.regressionId(), s.group(), s.tag(), s.category(), s.metrics(),
                s.lessBetter(), s.points(), s.trend().trendClass().word(), s.trend().change() * 100,
                s.trend().baselineLevel(), s.trend().currentLevel(), latest, rs.getLong("open_alerts"),
                Instant.ofEpochMilli(s.analysedMs()).toString());
    }

    StoredSeries stored(ResultSet rs) throws SQLException {
        SeriesTrend trend = new SeriesTrend(Columns.nullableDouble(rs, "baseline_level"),
                Columns.nullableDouble(rs, "current_level"), rs.getDouble("trend_change"),
                TrendClass.parse(rs.getString("trend")).orElse(TrendClass.NONE));
        return new StoredSeries(rs.getLong("id"), rs.getLong("regression_id"), rs.getString("test_key"),
                rs.getString("group_name"), rs.getString("tag"), rs.getString("category"), rs.getString("metrics"),
                rs.getBoolean("less_better"), rs.getInt("points"), rs.getString("fingerprint"),
                rs.getInt("resume_index"), changePoints.read(rs.getString("change_points")), trend,
                Columns.nullableLong(rs, "latest_job_id"), rs.getLong("analysed_ms"));
    }
}
