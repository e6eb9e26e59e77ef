package org.perftracker.server.regression.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.server.home.RecentChanges;
import org.perftracker.server.regression.alert.AlertViews;

class AlertChangesTest {
    @Test
    void a_job_lists_its_alerts_as_sentences_with_their_state_once_triaged_linking_to_each() {
        List<RecentChanges.Change> changes = AlertChanges.changes(new AlertViews.JobChanges(24, 2, List.of(
                AlertCardsTest.alert(5, "new", "regression"), AlertCardsTest.alert(6, "expected", "improvement"))));
        assertThat(changes).containsExactly(
                new RecentChanges.Change("regression", "login latency +20% (p < 0.001) since build 1.4.0-512",
                        "/1/alert/5"),
                new RecentChanges.Change("improvement", "login latency +20% (p < 0.001) since build 1.4.0-512"
                        + " · expected", "/1/alert/6"));
        assertThat(changes.get(0).isRegression()).isTrue();
    }

    @Test
    void more_alerts_than_listed_end_in_a_line_linking_to_all_of_them() {
        List<RecentChanges.Change> changes = AlertChanges.changes(new AlertViews.JobChanges(24, 7, List.of(
                AlertCardsTest.alert(5, "new", "regression"))));
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1)).isEqualTo(new RecentChanges.Change("other", "6 more changes",
                "/1/alert/?state=all&job=24"));
    }
}
