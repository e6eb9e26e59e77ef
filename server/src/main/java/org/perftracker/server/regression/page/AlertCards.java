package org.perftracker.server.regression.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perftracker.server.page.Hrefs;
import org.perftracker.server.page.Layout;
import org.perftracker.server.regression.alert.AlertViews;

/**
 * What the pages that list alerts (the alerts view, a series, one alert) need to show each one: its links, its
 * history, and the triage form, which returns to {@code back} (the page it is on).
 *
 * @param histories per alert id, its history oldest first
 */
public record AlertCards(Layout layout, long projectId, Map<Long, List<AlertViews.HistoryEntry>> histories,
        String back) {
    public AlertCards {
        histories = Map.copyOf(histories);
    }

    /** A triage button: the state it sets and what it says. */
    public record Action(String state, String label) {
    }

    public String alertHref(AlertViews.Alert a) {
        return "/" + projectId + "/alert/" + a.id();
    }

    public String seriesHref(AlertViews.Alert a) {
        return regressionHref(a) + "/series/" + a.series().id();
    }

    public String regressionHref(AlertViews.Alert a) {
        return "/" + projectId + "/regression/" + a.regression().id();
    }

    public String jobHref(AlertViews.Alert a) {
        return "/" + projectId + "/job/" + a.job().id();
    }

    public String triageHref(AlertViews.Alert a) {
        return alertHref(a) + "/triage";
    }

    /** @return the bug link when it is safe to follow (else the page shows it as text) */
    public String bugHref(String url) {
        return Hrefs.orNull(url);
    }

    public List<AlertViews.HistoryEntry> history(AlertViews.Alert a) {
        return histories.getOrDefault(a.id(), List.of());
    }

    /**
     * @return the states the alert can be moved to from the page: an open alert can be acknowledged (when new) and
     *     closed in any closing state; a closed one can only be reopened
     */
    public static List<Action> actions(AlertViews.Alert a) {
        List<Action> actions = new ArrayList<>();
        if (RegressionCells.isOpen(a.state())) {
            if (a.state().equals("new")) {
                actions.add(new Action("acknowledged", "Acknowledge"));
            }
            actions.add(new Action("invalid", "Invalid"));
            actions.add(new Action("expected", "Expected"));
            actions.add(new Action("fixed", "Fixed"));
            actions.add(new Action("accepted_as_baseline", "Accept as baseline"));
        } else {
            actions.add(new Action("new", "Reopen"));
        }
        return actions;
    }

    /** @return what a history entry says happened, e.g. {@code new → acknowledged} or {@code moved} */
    public static String event(AlertViews.HistoryEntry e) {
        if ("triaged".equals(e.event()) && e.fromState() != null && !e.fromState().equals(e.toState())) {
            return RegressionCells.stateLabel(e.fromState()) + " → " + RegressionCells.stateLabel(e.toState());
        }
        return "triaged".equals(e.event()) ? "note or bug link changed" : e.event();
    }
}
