package org.perftracker.server.regression;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.perftracker.server.web.DataTablesRequest;

/**
 * SQL for the charts of many series at once, as the regression page draws them a part at a time: each read is one
 * query for all the series asked for, whatever their number.
 */
final class SeriesChartRepository {
    private final SeriesRepository series;

    SeriesChartRepository(SeriesRepository series) {
        this.series = series;
    }

    /** The last points of a series ({@code total} in all). */
    record PointWindow(long total, List<RegressionViews.Point> points) {
        PointWindow {
            points = List.copyOf(points);
        }
    }

    /**
     * @return how many of the regression's series the search selects, per group and trend class, groups by name
     *     (in the order the series list sorts them)
     */
    List<RegressionViews.GroupTrendCount> groupTrendCounts(Handle h, long regressionId, String search) {
        Query query = h.createQuery("SELECT s.group_name, s.trend, COUNT(*) AS n FROM regression_series s"
                + " WHERE s.regression_id = :regression" + (search.isEmpty() ? "" : SeriesRepository.SEARCH)
                + " GROUP BY s.group_name, s.trend ORDER BY s.group_name, s.trend")
                .bind("regression", regressionId);
        if (!search.isEmpty()) {
            query.bind("search", DataTablesRequest.likePattern(search));
        }
        return query.map((rs, ctx) -> new RegressionViews.GroupTrendCount(rs.getString("group_name"),
                rs.getString("trend"), rs.getLong("n"))).list();
    }

    /** @return these series as stored, by id */
    Map<Long, SeriesRepository.StoredSeries> byIds(Handle h, List<Long> ids) {
        Map<Long, SeriesRepository.StoredSeries> found = new HashMap<>();
        if (!ids.isEmpty()) {
            h.createQuery("SELECT " + SeriesRepository.STORED_COLUMNS
                    + " FROM regression_series s WHERE s.id IN (<ids>)").bindList("ids", ids).map((rs, ctx) -> series.stored(rs)).forEach(s -> found.put(s.id(), s));
        }
        return found;
    }

    /**
     * @return per test key, the last {@code max} points of its series in build order, with their index in the
     *     whole series, and how many points it has
     */
    Map<String, PointWindow> lastPoints(Handle h, long regressionId, List<String> testKeys, int max) {
        Map<String, List<RegressionViews.Point>> points = new LinkedHashMap<>();
        Map<String, Long> totals = new HashMap<>();
        if (testKeys.isEmpty()) {
            return Map.of();
        }
        h.createQuery("""
                SELECT * FROM (
                    SELECT t.test_key, j.id, j.uuid, j.product_ver, j.end_ms, t.avg_score, t.stddev, t.score_count,
                           ROW_NUMBER() OVER (PARTITION BY t.test_key ORDER BY j.end_ms DESC, j.id DESC) AS from_end,
                           COUNT(*) OVER (PARTITION BY t.test_key) AS total
                    """ + SeriesRepository.POINTS + """
                      AND t.test_key IN (<keys>)
                ) p WHERE p.from_end <= :max ORDER BY p.test_key, p.from_end DESC""")
                .bind("regression", regressionId).bindList("keys", testKeys).bind("max", max)
                .map((rs, ctx) -> {
                    long total = rs.getLong("total");
                    String key = rs.getString("test_key");
                    totals.put(key, total);
                    return Map.entry(key, new RegressionViews.Point((int) (total - rs.getLong("from_end")),
                            rs.getLong("id"), rs.getString("uuid"), rs.getString("product_ver"),
                            Instant.ofEpochMilli(rs.getLong("end_ms")).toString(), rs.getDouble("avg_score"),
                            rs.getDouble("stddev"), rs.getInt("score_count")));
                })
                .forEach(e -> points.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, PointWindow> windows = new HashMap<>();
        points.forEach((key, list) -> windows.put(key, new PointWindow(totals.get(key), list)));
        return windows;
    }

    /** @return the builds (product versions) of these jobs, by job id */
    Map<Long, String> builds(Handle h, List<Long> jobIds) {
        Map<Long, String> builds = new HashMap<>();
        if (!jobIds.isEmpty()) {
            h.createQuery("SELECT id, product_ver FROM job WHERE id IN (<ids>)")
                    .bindList("ids", jobIds.stream().distinct().toList())
                    .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("product_ver")))
                    .forEach(e -> builds.put(e.getKey(), e.getValue()));
        }
        return builds;
    }
}
