package org.perftracker.server.regression.notify;

import java.util.List;
import org.perftracker.server.regression.alert.AlertViews;

/** The JSON bodies posted to webhooks. Keys are snake_case. */
public final class Notices {
    private Notices() {
    }

    public record ProjectRef(long id, String name) {
    }

    /** A job whose upload (or edit) the analysis that found the alerts followed. */
    public record JobRef(long id, String uuid) {
    }

    /**
     * {@code "event": "alerts"}: the alerts one analysis of a regression found, after one upload (or a few
     * uploads analysed together).
     *
     * @param url where the regression's alerts are listed; null when the server has no public URL
     */
    public record AlertsNotice(String event, ProjectRef project, AlertViews.RegressionRef regression,
            List<JobRef> uploads, List<AlertViews.Alert> alerts, String url) {
        public AlertsNotice {
            uploads = List.copyOf(uploads);
            alerts = List.copyOf(alerts);
        }
    }

    /** {@code "event": "triage"}: someone changed an alert's state, note or bug link. */
    public record TriageNotice(String event, ProjectRef project, AlertViews.Alert alert, AlertViews.HistoryEntry change,
            String url) {
    }

    /** An e-mail as it is queued and sent. */
    public record Mail(List<String> to, String subject, String text) {
        public Mail {
            to = List.copyOf(to);
        }
    }
}
