package org.perftracker.server.regression.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perftracker.server.audit.Actor;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.db.Database;
import org.perftracker.server.job.JobService;
import org.perftracker.server.regression.HttpUrls;
import org.perftracker.server.regression.SeriesRepository;
import org.perftracker.server.regression.notify.Outbox;
import org.perftracker.server.web.ApiException;

/** Lists alerts, shows one with its history, and triages them. */
public final class AlertService {
    private static final int MAX_NOTE = 10_000;

    private final Database db;
    private final Clock clock;
    private final AlertRepository alerts;
    private final SeriesRepository series;
    private final Outbox outbox;
    private final Runnable notificationsQueued;
    private final AuditLog audit;

    public AlertService(Database db, Clock clock, AlertRepository alerts, SeriesRepository series, Outbox outbox,
            Runnable notificationsQueued, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.alerts = alerts;
        this.series = series;
        this.outbox = outbox;
        this.notificationsQueued = notificationsQueued;
    }

    /**
     * A triage: any of a new state, a note, a bug link (an empty text clears the note or the link).
     *
     * @param state a word of {@link AlertState}, e.g. {@code acknowledged} or {@code accepted_as_baseline}
     */
    public record Triage(Optional<String> state, Optional<String> note, Optional<String> bugUrl) {
    }

    /** A page of the alerts the filter selects, newest first. */
    public AlertViews.AlertPage page(AlertFilter filter, int start, int length) {
        return db.read(h -> new AlertViews.AlertPage(alerts.count(h, filter), start, length,
                alerts.page(h, filter, start, length)));
    }

    /** A page of the jobs with alerts the filter selects (latest first), each with its alerts. */
    public AlertViews.JobAlertsPage pageByJob(AlertFilter filter, int start, int length) {
        return db.read(h -> new AlertViews.JobAlertsPage(alerts.countJobs(h, filter), start, length,
                alerts.pageByJob(h, filter, start, length)));
    }

    /** @return per alert, its history oldest first (one query for all of them) */
    public Map<Long, List<AlertViews.HistoryEntry>> histories(List<Long> alertIds) {
        return db.read(h -> alerts.histories(h, alertIds));
    }

    /**
     * @return per job, the alerts it introduced that are still detected: the first {@code perJob} (regressions
     *     first, then the largest changes) and how many; jobs without any are left out
     */
    public Map<Long, AlertViews.JobChanges> changesOfJobs(List<Long> jobIds, int perJob) {
        return db.read(h -> alerts.changesOfJobs(h, jobIds, perJob));
    }

    /** @return the id of the job with this uuid */
    public Optional<Long> jobId(String uuid) {
        return db.read(h -> h.createQuery("SELECT id FROM job WHERE uuid = :uuid").bind("uuid", uuid)
                .mapTo(Long.class).findOne());
    }

    /** An alert with its history, whatever the project of the URL, as jobs and comparisons are found. */
    public AlertViews.AlertDetails get(long alertId) {
        return db.read(h -> alerts.byId(h, alertId)
                .map(a -> new AlertViews.AlertDetails(a, alerts.history(h, alertId))))
                .orElseThrow(() -> notFound(alertId));
    }

    /**
     * Applies a triage, recorded in the alert's history and in the audit log with who made it. Accepting an alert as the baseline (or
     * taking that back) recomputes its series' trend; webhooks that want triage events are told. A token limited
     * to another project than the alert's is refused (403).
     *
     * @param actor who triages
     */
    public AlertViews.AlertDetails triage(long alertId, Triage triage, Actor actor) {
        // before the triage itself is judged: a token of another project learns nothing from the answer
        long projectId = db.read(h -> alerts.byId(h, alertId)).orElseThrow(() -> notFound(alertId)).projectId();
        if (!actor.mayChange(projectId)) {
            throw JobService.outsideProject(actor);
        }
        if (triage.state().isEmpty() && triage.note().isEmpty() && triage.bugUrl().isEmpty()) {
            throw new ApiException(400, "nothing to change: send state, note or bug_url",
                    Map.of("state", List.of("send state, note or bug_url")));
        }
        Optional<AlertState> wanted = triage.state().map(s -> AlertState.parse(s).orElseThrow(
                () -> ApiException.badRequest("state", "'" + s + "' is not one of " + AlertState.words())));
        String note = triage.note().map(String::trim).orElse(null);
        if (note != null && note.length() > MAX_NOTE) {
            throw ApiException.badRequest("note", "must be at most " + MAX_NOTE + " characters");
        }
        String bugUrl = triage.bugUrl().map(AlertService::validBugUrl).orElse(null);
        long now = clock.millis();
        boolean[] queued = {false};
        AlertViews.AlertDetails result = db.write(h -> {
            alerts.lock(h, alertId, db.vendor());
            AlertViews.Alert current = alerts.byId(h, alertId).orElseThrow(() -> notFound(alertId));
            AlertState from = AlertState.parse(current.state()).orElseThrow();
            AlertState to = wanted.orElse(from);
            if (!from.canBecome(to)) {
                throw new ApiException(409, "alert " + alertId + " is " + from.word() + "; reopen it (new or"
                        + " acknowledged) before marking it " + to.word(),
                        Map.of("state", List.of("cannot go from " + from.word() + " to " + to.word())));
            }
            String newNote = note == null ? current.note() : note;
            String newBug = bugUrl == null ? current.bugUrl() : bugUrl;
            if (to == from && newNote.equals(current.note()) && newBug.equals(current.bugUrl())) {
                return new AlertViews.AlertDetails(current, alerts.history(h, alertId));
            }
            alerts.triage(h, alertId, from, to, newNote, newBug, actor.name(), now);
            audit.record(h, actor, "alert.triage", "alert " + alertId + " (" + current.summary() + ")",
                    triageDetail(current, from, to, newNote, newBug));
            if (to != from && (to == AlertState.ACCEPTED_AS_BASELINE || from == AlertState.ACCEPTED_AS_BASELINE)) {
                series.refreshTrend(h, current.series().id());
            }
            AlertViews.Alert updated = alerts.byId(h, alertId).orElseThrow();
            List<AlertViews.HistoryEntry> history = alerts.history(h, alertId);
            queued[0] = outbox.alertTriaged(h, updated, history.get(history.size() - 1), now) > 0;
            return new AlertViews.AlertDetails(updated, history);
        });
        if (queued[0]) {
            notificationsQueued.run();
        }
        return result;
    }

    /** What a triage changed, e.g. {@code new → acknowledged; bug https://…}. */
    private static String triageDetail(AlertViews.Alert current, AlertState from, AlertState to, String note,
            String bug) {
        List<String> parts = new ArrayList<>();
        if (to != from) {
            parts.add(from.word() + " → " + to.word());
        }
        if (!note.equals(current.note())) {
            parts.add("note: " + note);
        }
        if (!bug.equals(current.bugUrl())) {
            parts.add("bug " + (bug.isEmpty() ? "removed" : bug));
        }
        return String.join("; ", parts);
    }

    private static String validBugUrl(String url) {
        return url.isBlank() ? "" : HttpUrls.check("bug_url", url);
    }

    private static ApiException notFound(long alertId) {
        return ApiException.notFound("Alert " + alertId + " is not found");
    }
}
