package org.perftracker.server.regression.notify;

import java.util.List;
import java.util.Locale;
import org.perftracker.server.regression.alert.AlertViews;

/**
 * The e-mail of an analysis that found alerts, in plain text. Subject, e.g.
 * {@code [PerfTracker] 1 regression in webapp-1.4 (Default project): login latency +18% (p < 0.001) since build
 * 1.4.0-512}; the body lists every alert, regressions first, with its levels and, when the server has a public URL,
 * its link.
 */
final class MailText {
    private MailText() {
    }

    static Notices.Mail of(Notices.AlertsNotice notice, List<String> to, String publicUrl) {
        List<AlertViews.Alert> regressions = notice.alerts().stream().filter(a -> a.direction().equals("regression"))
                .toList();
        List<AlertViews.Alert> improvements = notice.alerts().stream()
                .filter(a -> !a.direction().equals("regression")).toList();
        StringBuilder subject = new StringBuilder("[PerfTracker] ");
        if (!regressions.isEmpty()) {
            subject.append(count(regressions.size(), "regression"));
        }
        if (!improvements.isEmpty()) {
            subject.append(regressions.isEmpty() ? "" : ", ").append(count(improvements.size(), "improvement"));
        }
        subject.append(" in ").append(notice.regression().tag()).append(" (").append(notice.project().name())
                .append(")");
        if (notice.alerts().size() == 1) {
            subject.append(": ").append(notice.alerts().get(0).summary());
        }
        StringBuilder text = new StringBuilder();
        text.append("PerfTracker found ").append(notice.alerts().size() == 1 ? "a change" : "changes")
                .append(" in regression ").append(notice.regression().tag()).append(" of ")
                .append(notice.project().name()).append(".\n\n");
        for (AlertViews.Alert a : regressions) {
            line(text, "REGRESSION", a, publicUrl);
        }
        for (AlertViews.Alert a : improvements) {
            line(text, "improvement", a, publicUrl);
        }
        if (notice.url() != null) {
            text.append("\nAll alerts of this regression: ").append(notice.url()).append('\n');
        }
        return new Notices.Mail(to, subject.toString(), text.toString());
    }

    private static void line(StringBuilder text, String word, AlertViews.Alert a, String publicUrl) {
        text.append(word).append(": ").append(a.summary()).append('\n')
                .append(String.format(Locale.ROOT, "    %s: %.4g -> %.4g %s, alert %d (%s)%n",
                        a.series().group(), a.meanBefore(), a.meanAfter(), a.series().metrics(), a.id(),
                        a.series().lessBetter() ? "lower is better" : "higher is better"));
        if (!publicUrl.isEmpty()) {
            text.append("    ").append(publicUrl).append("/api/v1.0/").append(a.projectId()).append("/alert/")
                    .append(a.id()).append('\n');
        }
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
