package org.perftracker.server.regression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jdbi.v3.core.Handle;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.db.Database;
import org.perftracker.server.job.JobService;
import org.perftracker.server.job.JobViews;
import org.perftracker.server.regression.alert.AlertFilter;
import org.perftracker.server.regression.alert.AlertRepository;
import org.perftracker.server.regression.alert.AlertViews;
import org.perftracker.server.regression.alert.Direction;
import org.perftracker.server.web.ApiException;
import org.perftracker.server.web.DataTablesRequest;

/**
 * Reads regressions and their series for the API and the pages, and renames regressions. Every read is a fixed
 * number of queries, whatever the number of rows: lists are paged in SQL and the jobs they name are read in one
 * go.
 */
public final class RegressionService {
    private static final int MAX_TITLE = 512;
    private static final int MAX_SERIES_ALERTS = 1000;

    private final Database db;
    private final JobService jobs;
    private final RegressionRepository regressions;
    private final SeriesRepository series;
    private final AlertRepository alerts;
    private final SeriesChartRepository charts;
    private final AuditLog audit;

    public RegressionService(Database db, JobService jobs, RegressionRepository regressions, SeriesRepository series,
            AlertRepository alerts, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.jobs = jobs;
        this.regressions = regressions;
        this.series = series;
        this.alerts = alerts;
        this.charts = new SeriesChartRepository(series);
    }

    /** A page of regressions. */
    public record Page(long total, long filtered, List<RegressionViews.RegressionRow> rows) {
        public Page {
            rows = List.copyOf(rows);
        }
    }

    /**
     * The regressions list (DataTables columns: '', id, project, title, tag, jobs, first job, last job; search in
     * titles).
     *
     * @param projectId 0 for every project
     */
    public Page page(long projectId, DataTablesRequest request) {
        record Read(long total, long filtered, List<RegressionRepository.Stored> rows) {
        }
        Read read = db.read(h -> {
            long total = regressions.count(h, projectId, request.search().isEmpty() ? request
                    : new DataTablesRequest(request.draw(), request.start(), request.length(), "", request.orders()));
            long filtered = request.search().isEmpty() ? total : regressions.count(h, projectId, request);
            return new Read(total, filtered, regressions.page(h, projectId, request));
        });
        Map<Long, JobViews.JobRow> ends = jobRows(RegressionRepository.endJobs(read.rows()));
        return new Page(read.total(), read.filtered(), read.rows().stream().map(r -> row(r, ends)).toList());
    }

    /** One regression, whatever the project of the URL, with a page of its jobs (newest first, unlinked ones included). */
    public RegressionViews.RegressionDetails details(long regressionId, int start, int length) {
        record Read(RegressionRepository.Stored regression, long total, List<Long> jobIds) {
        }
        Read read = db.read(h -> {
            RegressionRepository.Stored r = stored(h, regressionId);
            return new Read(r, regressions.countJobs(h, regressionId), regressions.jobIds(h, regressionId, start,
                    length));
        });
        List<Long> wanted = new ArrayList<>(read.jobIds());
        wanted.addAll(RegressionRepository.endJobs(List.of(read.regression())));
        Map<Long, JobViews.JobRow> rows = jobRows(wanted);
        RegressionViews.RegressionRow row = row(read.regression(), rows);
        return new RegressionViews.RegressionDetails(row.id(), row.title(), row.tag(), row.jobs(), row.project(),
                row.firstJob(), row.lastJob(), row.openRegressions(), read.total(),
                read.jobIds().stream().filter(rows::containsKey).map(rows::get).toList());
    }

    /**
     * Gives the regression a new title (1 to 512 characters), in the audit log with who did it; a token limited to
     * another project is refused (403).
     */
    public RegressionViews.RegressionDetails rename(Actor actor, long regressionId, String title) {
        String trimmed = title.trim();
        db.writeVoid(h -> {
            RegressionRepository.Stored before = stored(h, regressionId);
            if (!actor.mayChange(before.projectId())) {
                throw JobService.outsideProject(actor);
            }
            if (trimmed.isEmpty() || trimmed.length() > MAX_TITLE) {
                throw ApiException.badRequest("title", "must be 1 to " + MAX_TITLE + " characters");
            }
            regressions.rename(h, regressionId, trimmed);
            audit.record(h, actor, "regression.rename", "regression " + regressionId + " (" + before.tag() + ")",
                    before.title() + " → " + trimmed);
        });
        return details(regressionId, 0, 0);
    }

    /**
     * A page of the regression's series with their trend and latest change, and the count of series per trend
     * class (DataTables columns: '', id, group, tag, category, change, points; search in tag, group, category).
     *
     * @param classes the trend classes to show; empty for all
     */
    public RegressionViews.SeriesPage seriesPage(long regressionId, List<TrendClass> classes,
            DataTablesRequest request) {
        return db.read(h -> {
            stored(h, regressionId);
            DataTablesRequest unfiltered = new DataTablesRequest(request.draw(), 0, 0, "", List.of());
            long total = series.count(h, regressionId, List.of(), unfiltered);
            long filtered = classes.isEmpty() && request.search().isEmpty() ? total
                    : series.count(h, regressionId, classes, request);
            return new RegressionViews.SeriesPage(request.draw(), total, filtered,
                    series.page(h, regressionId, classes, request), "ok", series.classCounts(h, regressionId));
        });
    }

    /**
     * One series: a page of its points in build order ({@code start} empty: the last {@code length} points), its
     * change points and its alerts.
     */
    public RegressionViews.SeriesDetails series(long regressionId, long seriesId,
            OptionalInt start, int length) {
        return db.read(h -> {
            stored(h, regressionId);
            SeriesRepository.StoredSeries s = series.byId(h, seriesId).filter(x -> x.regressionId() == regressionId)
                    .orElseThrow(() -> ApiException.notFound("Series " + seriesId + " of regression " + regressionId
                            + " is not found"));
            long total = series.countPoints(h, regressionId, s.testKey());
            int first = start.orElse((int) Math.max(0, total - length));
            List<RegressionViews.ChangePointView> changePoints = changePoints(h, s);
            return new RegressionViews.SeriesDetails(series.row(h, seriesId).orElseThrow(), total, first,
                    series.points(h, regressionId, s.testKey(), first, length), changePoints,
                    alerts.page(h, AlertFilter.project(0).withSeries(seriesId), 0, MAX_SERIES_ALERTS));
        });
    }

    /**
     * @return per group and trend class, how many of the regression's series the search selects (groups in the
     *     order of the series list)
     */
    public List<RegressionViews.GroupTrendCount> seriesCounts(long regressionId, String search) {
        return db.read(h -> {
            stored(h, regressionId);
            return charts.groupTrendCounts(h, regressionId, search);
        });
    }

    /** A stretch of the series list: its first row (from 0) and how many rows. */
    public record Range(int start, int length) {
    }

    /**
     * The charts of stretches of the regression's series list (the series of these trend classes, all when none
     * are named, whose tag, group or category contains the search; sorted by group, tag, category): per range its
     * series, each with its last {@code maxPoints} points, its change points and its alerts. A fixed number of
     * queries however many series and ranges.
     */
    public List<List<RegressionViews.SeriesChart>> charts(long regressionId, List<TrendClass> classes,
            String search, List<Range> ranges, int maxPoints) {
        return db.read(h -> {
            stored(h, regressionId);
            List<List<RegressionViews.SeriesRow>> rows = ranges.stream().map(r -> series.page(h, regressionId, classes,
                    new DataTablesRequest(0, r.start(), r.length(), search, List.of()))).toList();
            List<Long> ids = rows.stream().flatMap(List::stream).map(RegressionViews.SeriesRow::id).toList();
            Map<Long, SeriesRepository.StoredSeries> stored = charts.byIds(h, ids);
            Map<String, SeriesChartRepository.PointWindow> points = charts.lastPoints(h, regressionId,
                    stored.values().stream().map(SeriesRepository.StoredSeries::testKey).toList(), maxPoints);
            Map<Long, List<AlertViews.Marker>> markers = alerts.markers(h, ids);
            Map<Long, String> builds = charts.builds(h, stored.values().stream()
                    .flatMap(s -> s.changePoints().stream()).map(SeriesChangePoint::jobId).toList());
            return rows.stream().map(part -> part.stream().filter(r -> stored.containsKey(r.id())).map(r -> {
                SeriesRepository.StoredSeries s = stored.get(r.id());
                SeriesChartRepository.PointWindow window = points.getOrDefault(s.testKey(),
                        new SeriesChartRepository.PointWindow(0, List.of()));
                return new RegressionViews.SeriesChart(r, window.total(), window.points(),
                        changePointViews(s, builds), markers.getOrDefault(r.id(), List.of()));
            }).toList()).toList();
        });
    }

    private List<RegressionViews.ChangePointView> changePoints(Handle h, SeriesRepository.StoredSeries s) {
        return changePointViews(s, charts.builds(h, s.changePoints().stream().map(SeriesChangePoint::jobId)
                .toList()));
    }

    private static List<RegressionViews.ChangePointView> changePointViews(SeriesRepository.StoredSeries s,
            Map<Long, String> builds) {
        return s.changePoints().stream().map(c -> {
            double change = c.relativeChange();
            return new RegressionViews.ChangePointView(c.index(), c.jobId(), builds.getOrDefault(c.jobId(), ""),
                    c.meanBefore(), c.meanAfter(), Double.isFinite(change) ? change * 100 : null, c.pValue(),
                    Direction.of(change, s.lessBetter()).word(), c.settled());
        }).toList();
    }

    /** A regression by id, whatever the project of the URL, as jobs and comparisons are found. */
    private RegressionRepository.Stored stored(Handle h, long regressionId) {
        return regressions.byId(h, regressionId)
                .orElseThrow(() -> ApiException.notFound("Regression " + regressionId + " is not found"));
    }

    private Map<Long, JobViews.JobRow> jobRows(List<Long> ids) {
        Map<Long, JobViews.JobRow> rows = new HashMap<>();
        jobs.rows(ids.stream().distinct().toList()).forEach(r -> rows.put(r.id(), r));
        return rows;
    }

    private static RegressionViews.RegressionRow row(RegressionRepository.Stored r, Map<Long, JobViews.JobRow> jobs) {
        return new RegressionViews.RegressionRow(r.id(), r.title(), r.tag(), r.jobs(),
                new JobViews.ProjectRef(r.projectId(), r.projectName()),
                r.firstJob() == null ? null : jobs.get(r.firstJob()),
                r.lastJob() == null ? null : jobs.get(r.lastJob()),
                r.openRegressions());
    }
}
