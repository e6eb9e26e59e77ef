package org.perftracker.server.regression.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.perftracker.server.page.Layout;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.PageParams;
import org.perftracker.server.page.Templates;
import org.perftracker.server.regression.RegressionService;
import org.perftracker.server.regression.RegressionViews;
import org.perftracker.server.regression.alert.AlertService;
import org.perftracker.server.regression.alert.AlertViews;

/**
 * One series of a regression, {@code /<project>/regression/<id>/series/<series>}: a large chart that zooms (its
 * last {@value #POINTS} points; {@code ?start=} pages back), the table of those points with the change points marked,
 * and the series' alerts with their history and triage forms.
 */
public final class SeriesPage {
    static final int POINTS = 1000;

    private final RegressionService regressions;
    private final AlertService alerts;
    private final Layouts layouts;
    private final Templates templates;
    private final ObjectMapper charts = new ObjectMapper();

    SeriesPage(RegressionService regressions, AlertService alerts, Layouts layouts, Templates templates) {
        this.regressions = regressions;
        this.alerts = alerts;
        this.layouts = layouts;
        this.templates = templates;
    }

    /** The page's view. */
    public record View(Layout layout, long projectId, RegressionViews.RegressionDetails regression,
            RegressionViews.SeriesDetails series, String chartJson, AlertCards alertCards) {

        public String regressionHref() {
            return "/" + projectId + "/regression/" + regression.id();
        }

        public String path() {
            return regressionHref() + "/series/" + series.series().id();
        }

        public String jobHref(long jobId) {
            return "/" + projectId + "/job/" + jobId;
        }

        public String name() {
            return RegressionCells.testName(series.series().tag(), series.series().category());
        }

        /** @return the change point whose first job after the shift is this job, if any */
        public Optional<RegressionViews.ChangePointView> changeAt(long jobId) {
            return series.changePoints().stream().filter(c -> c.jobId() == jobId).findFirst();
        }

        /** @return the alert of this job's change, if any */
        public Optional<AlertViews.Alert> alertAt(long jobId) {
            return series.alerts().stream().filter(a -> a.job().id() == jobId).findFirst();
        }

        /** @return the points in the table: the newest first */
        public List<RegressionViews.Point> newestFirst() {
            List<RegressionViews.Point> points = new ArrayList<>(series.points());
            Collections.reverse(points);
            return points;
        }

        /** @return the page of earlier points, or "" at the first */
        public String earlierHref() {
            return series.start() == 0 ? "" : path() + "?start=" + Math.max(0, series.start() - POINTS);
        }

        /** @return the page of later points, or "" at the last */
        public String laterHref() {
            long next = series.start() + (long) series.points().size();
            return next >= series.pointsTotal() ? "" : next + POINTS >= series.pointsTotal() ? path()
                    : path() + "?start=" + next;
        }
    }

    void show(Context ctx) {
        long projectId = PageParams.id(ctx, "project");
        long id = PageParams.id(ctx, "id");
        long seriesId = PageParams.id(ctx, "series");
        RegressionViews.RegressionDetails regression = regressions.details(id, 0, 0);
        RegressionViews.SeriesDetails series = regressions.series(id, seriesId, start(ctx), POINTS);
        List<AlertViews.Marker> markers = series.alerts().stream().map(a -> new AlertViews.Marker(a.id(),
                a.job().id(), a.direction(), a.state(), a.detected())).toList();
        String chart = SeriesChartView.of(new RegressionViews.SeriesChart(series.series(), series.pointsTotal(),
                series.points(), series.changePoints(), markers)).json(charts);
        Map<Long, List<AlertViews.HistoryEntry>> histories = series.alerts().isEmpty() ? new HashMap<>()
                : alerts.histories(series.alerts().stream().map(AlertViews.Alert::id).toList());
        Layout layout = layouts.of(ctx, RegressionCells.testName(series.series().tag(), series.series().category())
                + " · " + regression.title(), "regressions", projectId).withScript("/static/regression.js");
        String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        templates.render(ctx, "regression/series.jte", new View(layout, projectId, regression, series, chart,
                new AlertCards(layout, projectId, histories, back)));
    }

    private static OptionalInt start(Context ctx) {
        String value = ctx.queryParam("start");
        try {
            return value == null || value.isBlank() ? OptionalInt.empty()
                    : OptionalInt.of(Math.max(0, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
