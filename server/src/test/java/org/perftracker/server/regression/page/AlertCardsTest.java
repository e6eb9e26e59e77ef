package org.perftracker.server.regression.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perftracker.server.page.Layout;
import org.perftracker.server.regression.alert.AlertState;
import org.perftracker.server.regression.alert.AlertViews;

class AlertCardsTest {
    static AlertViews.Alert alert(long id, String state, String direction) {
        return new AlertViews.Alert(id, 1, new AlertViews.RegressionRef(3, "webapp-1.4", "webapp-1.4"),
                new AlertViews.SeriesRef(9, "web", "login latency", "", "ms", true),
                new AlertViews.JobRef(24, "uuid", "1.4.0-512"), 100, 120, 20.0, 1e-9, direction, state, true, "", "",
                "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", null, "", "login latency +20% (p < 0.001) since build"
                        + " 1.4.0-512");
    }

    private static List<String> states(String state) {
        return AlertCards.actions(alert(1, state, "regression")).stream().map(AlertCards.Action::state).toList();
    }

    @Test
    void an_open_alert_can_be_acknowledged_once_and_closed_in_any_way_a_closed_one_only_reopened() {
        assertThat(states("new")).containsExactly("acknowledged", "invalid", "expected", "fixed",
                "accepted_as_baseline");
        assertThat(states("acknowledged")).containsExactly("invalid", "expected", "fixed", "accepted_as_baseline");
        for (AlertState closed : List.of(AlertState.INVALID, AlertState.EXPECTED, AlertState.FIXED,
                AlertState.ACCEPTED_AS_BASELINE)) {
            assertThat(states(closed.word())).as(closed.word()).containsExactly("new");
        }
        for (AlertState from : AlertState.values()) {
            for (String to : states(from.word())) {
                assertThat(from.canBecome(AlertState.parse(to).orElseThrow())).as(from + " → " + to).isTrue();
            }
        }
    }

    @Test
    void links_lead_to_the_alert_its_series_its_regression_and_its_job_and_only_safe_bug_links_are_links() {
        AlertCards cards = new AlertCards(new Layout("t", List.of(), "p", List.of(), Optional.empty(),
                Optional.empty(), "v", List.of(), "", ""), 1, Map.of(), "/1/alert/");
        AlertViews.Alert a = alert(5, "new", "regression");
        assertThat(List.of(cards.alertHref(a), cards.seriesHref(a), cards.regressionHref(a), cards.jobHref(a),
                cards.triageHref(a))).containsExactly("/1/alert/5", "/1/regression/3/series/9", "/1/regression/3",
                "/1/job/24", "/1/alert/5/triage");
        assertThat(cards.bugHref("https://bugs.example/1")).isEqualTo("https://bugs.example/1");
        assertThat(cards.bugHref("javascript:alert(1)")).isNull();
        assertThat(cards.history(a)).isEmpty();
    }

    @Test
    void a_history_entry_says_what_happened_in_words() {
        assertThat(AlertCards.event(new AlertViews.HistoryEntry(1, "t", "erin", "triaged", "new",
                "accepted_as_baseline", "", "", ""))).isEqualTo("new → accepted as baseline");
        assertThat(AlertCards.event(new AlertViews.HistoryEntry(1, "t", "erin", "triaged", "new", "new", "n", "",
                ""))).isEqualTo("note or bug link changed");
        assertThat(AlertCards.event(new AlertViews.HistoryEntry(1, "t", "perftracker", "moved", "new", "new", "", "",
                "from job 11"))).isEqualTo("moved");
    }
}
