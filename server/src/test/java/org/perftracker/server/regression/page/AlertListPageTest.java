package org.perftracker.server.regression.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perftracker.server.page.ListState;
import org.perftracker.server.regression.alert.AlertFilter;
import org.perftracker.server.regression.alert.AlertState;
import org.perftracker.server.regression.alert.Direction;

class AlertListPageTest {
    private static AlertFilter filter(Map<String, List<String>> query) {
        return AlertListPage.filter(2, ListState.from(AlertListPage.SPEC, "/2/alert/", query));
    }

    @Test
    void without_filters_the_page_shows_the_open_alerts_of_its_project() {
        AlertFilter f = filter(Map.of());
        assertThat(f.projectId()).isEqualTo(2);
        assertThat(f.states()).containsExactlyInAnyOrder(AlertState.NEW, AlertState.ACKNOWLEDGED);
        assertThat(f.direction()).isEmpty();
        assertThat(f.regressionId()).isEmpty();
        assertThat(f.jobId()).isEmpty();
        assertThat(f.detected()).isEmpty();
    }

    @Test
    void state_words_select_one_state_the_closed_ones_or_all() {
        assertThat(AlertListPage.states("closed")).containsExactlyInAnyOrder(AlertState.INVALID, AlertState.EXPECTED,
                AlertState.FIXED, AlertState.ACCEPTED_AS_BASELINE);
        assertThat(AlertListPage.states("all")).isEmpty();
        assertThat(AlertListPage.states("accepted_as_baseline")).containsExactly(AlertState.ACCEPTED_AS_BASELINE);
        assertThat(filter(Map.of("state", List.of("nonsense"))).states()).containsExactlyInAnyOrder(AlertState.NEW,
                AlertState.ACKNOWLEDGED);
        assertThat(AlertListPage.STATES.keySet()).containsExactly("open", "new", "acknowledged", "closed", "invalid",
                "expected", "fixed", "accepted_as_baseline", "all");
    }

    @Test
    void direction_regression_and_job_come_from_the_url_and_a_bad_number_matches_nothing() {
        AlertFilter f = filter(Map.of("direction", List.of("improvement"), "regression", List.of("7"),
                "job", List.of("24")));
        assertThat(f.direction()).contains(Direction.IMPROVEMENT);
        assertThat(f.regressionId()).contains(7L);
        assertThat(f.jobId()).contains(24L);
        assertThat(filter(Map.of("regression", List.of("x"))).regressionId()).isEqualTo(Optional.of(-1L));
    }
}
