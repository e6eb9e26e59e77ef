package org.perftracker.server.regression.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.perftracker.server.db.Columns;
import org.perftracker.server.db.Vendor;

/** SQL on alerts and their history. */
public final class AlertRepository {
    /** Who the analysis acts as in an alert's history. */
    public static final String SYSTEM_ACTOR = "perftracker";

    private static final String COLUMNS = """
            a.*, r.tag AS regression_tag, r.title AS regression_title, s.group_name, s.tag AS test_tag,
                   s.category, s.metrics, s.less_better, j.uuid AS job_uuid""";
    private static final String FROM = " FROM regression_alert a JOIN regression r ON r.id = a.regression_id"
            + " JOIN regression_series s ON s.id = a.series_id JOIN job j ON j.id = a.job_id";
    private static final String SELECT = "SELECT " + COLUMNS + FROM;

    /** What the analysis found of a shift. */
    public record Detected(long jobId, String build, double meanBefore, double meanAfter, Double changePct,
            double pValue, Direction direction) {
    }

    /** Where a new alert belongs. */
    public record Owner(long projectId, long regressionId, long seriesId) {
    }

    public long insert(Handle h, Owner owner, Detected d, long now) {
        long id = bindDetected(h.createUpdate("""
                INSERT INTO regression_alert (project_id, regression_id, series_id, job_id, build, mean_before,
                    mean_after, change_pct, p_value, direction, detected, state, detected_ms, analysed_ms)
                VALUES (:project, :regression, :series, :job, :build, :before, :after, :change, :p, :direction, TRUE,
                    'new', :now, :now)"""), d)
                .bind("project", owner.projectId()).bind("regression", owner.regressionId())
                .bind("series", owner.seriesId()).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        addHistory(h, id, now, SYSTEM_ACTOR, "detected", "");
        return id;
    }

    /** Updates what the analysis found; records a move when the job changed and a re-detection when it was lost. */
    public void update(Handle h, long alertId, Detected d, boolean wasDetected, String moveDetail, long now) {
        bindDetected(h.createUpdate("""
                UPDATE regression_alert SET job_id = :job, build = :build, mean_before = :before, mean_after = :after,
                    change_pct = :change, p_value = :p, direction = :direction, detected = TRUE, analysed_ms = :now
                WHERE id = :id"""), d).bind("id", alertId).bind("now", now).execute();
        if (!moveDetail.isEmpty()) {
            addHistory(h, alertId, now, SYSTEM_ACTOR, "moved", moveDetail);
        } else if (!wasDetected) {
            addHistory(h, alertId, now, SYSTEM_ACTOR, "redetected", "");
        }
    }

    /** The shift is no longer found: the alert stays, with its triage, marked as not detected. */
    public void retract(Handle h, long alertId, long now) {
        h.createUpdate("UPDATE regression_alert SET detected = FALSE, analysed_ms = :now WHERE id = :id")
                .bind("id", alertId).bind("now", now).execute();
        addHistory(h, alertId, now, SYSTEM_ACTOR, "retracted", "the latest analysis no longer finds this change");
    }

    /** Records an event that leaves the state as it is. */
    private static void addHistory(Handle h, long alertId, long now, String actor, String event, String detail) {
        h.createUpdate("""
                INSERT INTO regression_alert_history (alert_id, at_ms, actor, event, from_state, to_state, detail)
                SELECT id, :now, :actor, :event, state, state, :detail FROM regression_alert WHERE id = :id""")
                .bind("id", alertId).bind("now", now).bind("actor", actor).bind("event", event)
                .bind("detail", detail).execute();
    }

    void triage(Handle h, long alertId, AlertState from, AlertState to, String note, String bugUrl, String actor,
            long now) {
        h.createUpdate("""
                UPDATE regression_alert SET state = :state, note = :note, bug_url = :bug, triaged_ms = :now,
                    triaged_by = :actor
                WHERE id = :id""")
                .bind("id", alertId).bind("state", to.word()).bind("note", note).bind("bug", bugUrl)
                .bind("now", now).bind("actor", actor).execute();
        h.createUpdate("""
                INSERT INTO regression_alert_history
                    (alert_id, at_ms, actor, event, from_state, to_state, note, bug_url)
                VALUES (:id, :now, :actor, 'triaged', :from, :to, :note, :bug)""")
                .bind("id", alertId).bind("now", now).bind("actor", actor).bind("from", from.word())
                .bind("to", to.word()).bind("note", note).bind("bug", bugUrl).execute();
    }

    private static Update bindDetected(Update u, Detected d) {
        return u.bind("job", d.jobId()).bind("build", d.build()).bind("before", d.meanBefore())
                .bind("after", d.meanAfter()).bind("change", d.changePct()).bind("p", d.pValue())
                .bind("direction", d.direction().word());
    }

    public Optional<AlertViews.Alert> byId(Handle h, long alertId) {
        return h.createQuery(SELECT + " WHERE a.id = :id").bind("id", alertId).map((rs, ctx) -> alert(rs)).findOne();
    }

    /** Locks the alert's row until the transaction ends (a triage waits for another one on the same alert). */
    void lock(Handle h, long alertId, Vendor vendor) {
        h.createQuery("SELECT id FROM regression_alert WHERE id = :id" + vendor.forUpdate()).bind("id", alertId)
                .mapTo(Long.class).findOne();
    }

    /** @return the alerts with these ids, in the order of the ids */
    public List<AlertViews.Alert> byIds(Handle h, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, AlertViews.Alert> byId = new HashMap<>();
        h.createQuery(SELECT + " WHERE a.id IN (<ids>)").bindList("ids", ids).map((rs, ctx) -> alert(rs))
                .forEach(a -> byId.put(a.id(), a));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    public List<AlertViews.HistoryEntry> history(Handle h, long alertId) {
        return h.createQuery("SELECT * FROM regression_alert_history WHERE alert_id = :id ORDER BY id")
                .bind("id", alertId)
                .map((rs, ctx) -> historyEntry(rs))
                .list();
    }

    private static AlertViews.HistoryEntry historyEntry(ResultSet rs) throws SQLException {
        return new AlertViews.HistoryEntry(rs.getLong("id"), AlertViews.time(rs.getLong("at_ms")),
                rs.getString("actor"), rs.getString("event"), rs.getString("from_state"), rs.getString("to_state"),
                rs.getString("note"), rs.getString("bug_url"), rs.getString("detail"));
    }

    /** @return per alert, its history oldest first; alerts without history are left out */
    public Map<Long, List<AlertViews.HistoryEntry>> histories(Handle h, List<Long> alertIds) {
        Map<Long, List<AlertViews.HistoryEntry>> byAlert = new HashMap<>();
        if (alertIds.isEmpty()) {
            return byAlert;
        }
        h.createQuery("SELECT * FROM regression_alert_history WHERE alert_id IN (<ids>) ORDER BY alert_id, id")
                .bindList("ids", alertIds)
                .map((rs, ctx) -> Map.entry(rs.getLong("alert_id"), historyEntry(rs)))
                .forEach(e -> byAlert.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byAlert;
    }

    /** @return per series, what its chart marks of its alerts */
    public Map<Long, List<AlertViews.Marker>> markers(Handle h, List<Long> seriesIds) {
        Map<Long, List<AlertViews.Marker>> bySeries = new HashMap<>();
        if (seriesIds.isEmpty()) {
            return bySeries;
        }
        h.createQuery("""
                SELECT id, series_id, job_id, direction, state, detected FROM regression_alert
                WHERE series_id IN (<ids>) ORDER BY series_id, id""")
                .bindList("ids", seriesIds)
                .map((rs, ctx) -> Map.entry(rs.getLong("series_id"), new AlertViews.Marker(rs.getLong("id"),
                        rs.getLong("job_id"), rs.getString("direction"), rs.getString("state"),
                        rs.getBoolean("detected"))))
                .forEach(e -> bySeries.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return bySeries;
    }

    /**
     * The alerts these jobs introduced that the latest analysis still finds: per job its first {@code perJob}
     * (regressions first, then the largest changes) and how many it has. One query for all the jobs.
     */
    public Map<Long, AlertViews.JobChanges> changesOfJobs(Handle h, List<Long> jobIds, int perJob) {
        Map<Long, List<AlertViews.Alert>> alerts = new HashMap<>();
        Map<Long, Long> totals = new HashMap<>();
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        h.createQuery("SELECT * FROM (SELECT " + COLUMNS + ", " + """
                       ROW_NUMBER() OVER (PARTITION BY a.job_id ORDER BY
                           CASE WHEN a.direction = 'regression' THEN 0 ELSE 1 END, ABS(COALESCE(a.change_pct, 0)) DESC,
                           a.id) AS rank_in_job,
                       COUNT(*) OVER (PARTITION BY a.job_id) AS in_job""" + FROM
                + " WHERE a.job_id IN (<jobs>) AND a.detected = TRUE) x WHERE x.rank_in_job <= :per"
                + " ORDER BY x.job_id, x.rank_in_job")
                .bindList("jobs", jobIds).bind("per", perJob)
                .map((rs, ctx) -> {
                    totals.put(rs.getLong("job_id"), rs.getLong("in_job"));
                    return alert(rs);
                })
                .forEach(a -> alerts.computeIfAbsent(a.job().id(), k -> new ArrayList<>()).add(a));
        Map<Long, AlertViews.JobChanges> changes = new HashMap<>();
        alerts.forEach((job, list) -> changes.put(job, new AlertViews.JobChanges(job, totals.get(job), list)));
        return changes;
    }

    /** A page of the alerts the filter selects, newest first. */
    public List<AlertViews.Alert> page(Handle h, AlertFilter filter, int start, int length) {
        return filter.bind(h.createQuery(SELECT + filter.where() + " ORDER BY a.id DESC LIMIT :limit OFFSET :offset"))
                .bind("limit", length).bind("offset", start).map((rs, ctx) -> alert(rs)).list();
    }

    public long count(Handle h, AlertFilter filter) {
        return filter.bind(h.createQuery("SELECT COUNT(*) FROM regression_alert a" + filter.where()))
                .mapTo(Long.class).one();
    }

    /** A page of the jobs that have alerts the filter selects (latest alert first), with those alerts. */
    public List<AlertViews.JobAlerts> pageByJob(Handle h, AlertFilter filter, int start, int length) {
        List<Long> jobs = filter.bind(h.createQuery("SELECT a.job_id FROM regression_alert a" + filter.where()
                + " GROUP BY a.job_id ORDER BY MAX(a.id) DESC LIMIT :limit OFFSET :offset"))
                .bind("limit", length).bind("offset", start).mapTo(Long.class).list();
        if (jobs.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AlertViews.Alert>> byJob = new HashMap<>();
        filter.bind(h.createQuery(SELECT + filter.where() + " AND a.job_id IN (<jobs>) ORDER BY a.id DESC"))
                .bindList("jobs", jobs).map((rs, ctx) -> alert(rs))
                .forEach(a -> byJob.computeIfAbsent(a.job().id(), k -> new ArrayList<>()).add(a));
        return jobs.stream().map(j -> new AlertViews.JobAlerts(byJob.get(j).get(0).job(), byJob.get(j))).toList();
    }

    public long countJobs(Handle h, AlertFilter filter) {
        return filter.bind(h.createQuery("SELECT COUNT(DISTINCT a.job_id) FROM regression_alert a" + filter.where()))
                .mapTo(Long.class).one();
    }

    private static AlertViews.Alert alert(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Double change = Columns.nullableDouble(rs, "change_pct");
        String build = rs.getString("build");
        long jobId = rs.getLong("job_id");
        return new AlertViews.Alert(id, rs.getLong("project_id"),
                new AlertViews.RegressionRef(rs.getLong("regression_id"), rs.getString("regression_tag"),
                        rs.getString("regression_title")),
                new AlertViews.SeriesRef(rs.getLong("series_id"), rs.getString("group_name"),
                        rs.getString("test_tag"), rs.getString("category"), rs.getString("metrics"),
                        rs.getBoolean("less_better")),
                new AlertViews.JobRef(jobId, rs.getString("job_uuid"), build),
                rs.getDouble("mean_before"), rs.getDouble("mean_after"), change, rs.getDouble("p_value"),
                rs.getString("direction"), rs.getString("state"), rs.getBoolean("detected"), rs.getString("note"),
                rs.getString("bug_url"), AlertViews.time(rs.getLong("detected_ms")),
                AlertViews.time(rs.getLong("analysed_ms")), AlertViews.time(Columns.nullableLong(rs, "triaged_ms")),
                rs.getString("triaged_by"),
                AlertSummary.of(rs.getString("test_tag"), rs.getString("category"), change, rs.getDouble("p_value"),
                        build, jobId));
    }
}
