package org.perftracker.server.regression.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perftracker.server.regression.RegressionViews;
import org.perftracker.server.regression.alert.AlertSummary;
import org.perftracker.server.regression.alert.AlertViews;

/**
 * One series' chart as the page's script draws it, written as JSON into a {@code data-series-chart} attribute: per
 * point (in build order) its build, end time, mean, spread and detected level; and the change points, each with its
 * position among the points, its direction and the state of its alert.
 *
 * <p>Numbers keep 6 significant digits: the chart and its tooltip show 3, and the page stays small.
 *
 * @param first the index of the first point in the whole series ({@code total} points), for "point 12 of 300"
 * @param ends end times in seconds since 1970 (UTC)
 * @param level the level the detection found at each point (the mean of its segment); empty without change points
 */
public record SeriesChartView(String unit, boolean lessBetter, long total, int first, List<String> builds,
        List<Long> ends, List<Long> jobs, List<Double> mean, List<Double> spread, List<Integer> n, List<Double> level,
        List<Change> changes) {
    private static final MathContext SIX_DIGITS = new MathContext(6);

    /**
     * A change point on the chart.
     *
     * @param at its position among the points drawn (the first point after the shift)
     * @param label what the marker says, e.g. {@code ▼ +20% new}: the direction's sign, the change, the alert's
     *     state ({@code unconfirmed} while the change point waits for one more build)
     * @param direction {@code regression} or {@code improvement}
     * @param alert the alert's id, or 0 when it has none
     */
    public record Change(int at, String label, String direction, String state, boolean settled, long alert,
            double before, double after) {
    }

    static SeriesChartView of(RegressionViews.SeriesChart c) {
        List<RegressionViews.Point> points = c.points();
        Map<Long, Integer> position = new HashMap<>();
        List<String> builds = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        List<Long> jobs = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> spread = new ArrayList<>();
        List<Integer> n = new ArrayList<>();
        for (RegressionViews.Point p : points) {
            position.put(p.jobId(), builds.size());
            builds.add(RegressionCells.build(p.build(), p.jobId()));
            ends.add(Instant.parse(p.end()).getEpochSecond());
            jobs.add(p.jobId());
            mean.add(round(p.mean()));
            spread.add(round(p.spread()));
            n.add(p.n());
        }
        Map<Long, AlertViews.Marker> alerts = new HashMap<>();
        c.alerts().forEach(a -> alerts.put(a.jobId(), a));
        List<Change> changes = new ArrayList<>();
        for (RegressionViews.ChangePointView cp : c.changePoints()) {
            Integer at = position.get(cp.jobId());
            if (at == null) {
                continue; // before the points drawn
            }
            AlertViews.Marker alert = alerts.get(cp.jobId());
            String state = !cp.settled() ? "unconfirmed" : alert == null ? "" : RegressionCells.stateLabel(
                    alert.state());
            String sign = "regression".equals(cp.direction()) ? "▼" : "▲";
            changes.add(new Change(at, (sign + " " + AlertSummary.percent(cp.changePct()) + " " + state).strip(),
                    cp.direction(), state, cp.settled(), alert == null ? 0 : alert.alertId(), round(cp.meanBefore()),
                    round(cp.meanAfter())));
        }
        int first = points.isEmpty() ? 0 : points.get(0).index();
        return new SeriesChartView(c.series().metrics(), c.series().lessBetter(), c.pointsTotal(), first, builds,
                ends, jobs, mean, spread, n, levels(points, c.changePoints()), changes);
    }

    /**
     * @return per point, the level of its segment: the mean after the last change point at or before it, or before
     *     the first change point; empty without change points
     */
    static List<Double> levels(List<RegressionViews.Point> points, List<RegressionViews.ChangePointView> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<RegressionViews.ChangePointView> changePoints = all.stream()
                .sorted(Comparator.comparingInt(RegressionViews.ChangePointView::index)).toList();
        List<Double> levels = new ArrayList<>();
        int next = 0;
        double level = changePoints.get(0).meanBefore();
        for (RegressionViews.Point p : points) {
            while (next < changePoints.size() && changePoints.get(next).index() <= p.index()) {
                level = changePoints.get(next).meanAfter();
                next++;
            }
            levels.add(round(level));
        }
        return levels;
    }

    String json(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart cannot be written as JSON", e);
        }
    }

    private static double round(double value) {
        return Double.isFinite(value) && value != 0 ? new BigDecimal(value).round(SIX_DIGITS).doubleValue() : value;
    }
}
