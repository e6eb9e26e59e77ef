package org.perftracker.server.regression.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.server.regression.SeriesChangePoint;
import org.perftracker.server.regression.alert.Direction;
import org.perftracker.server.regression.analysis.AlertReconciler.Action;
import org.perftracker.server.regression.analysis.AlertReconciler.Create;
import org.perftracker.server.regression.analysis.AlertReconciler.Existing;
import org.perftracker.server.regression.analysis.AlertReconciler.Move;
import org.perftracker.server.regression.analysis.AlertReconciler.Refresh;
import org.perftracker.server.regression.analysis.AlertReconciler.Retract;
import org.perftracker.server.regression.analysis.AlertReconciler.Wanted;

class AlertReconcilerTest {
    private static final int TOLERANCE = 6;

    private static Wanted at(int index, long job, Direction direction) {
        return new Wanted(new SeriesChangePoint(index, job, 100, 120, 1e-9, true), direction);
    }

    private static Existing alert(long id, long job, int position, Direction direction, boolean detected) {
        return new Existing(id, job, position, direction, detected);
    }

    @Test
    void a_change_point_at_the_job_of_an_alert_refreshes_that_alert() {
        List<Action> actions = AlertReconciler.reconcile(List.of(at(11, 112, Direction.REGRESSION)),
                List.of(alert(1, 112, 11, Direction.REGRESSION, true)), TOLERANCE);
        assertThat(actions).singleElement().isInstanceOfSatisfying(Refresh.class,
                r -> assertThat(r.alert().id()).isEqualTo(1));
    }

    @Test
    void a_lost_alert_is_found_again_at_its_job_even_in_the_other_direction() {
        List<Action> actions = AlertReconciler.reconcile(List.of(at(11, 112, Direction.IMPROVEMENT)),
                List.of(alert(1, 112, 11, Direction.REGRESSION, false)), TOLERANCE);
        assertThat(actions).singleElement().isInstanceOf(Refresh.class);
    }

    @Test
    void a_change_point_that_moved_a_few_builds_takes_its_alert_along() {
        List<Action> actions = AlertReconciler.reconcile(List.of(at(12, 113, Direction.REGRESSION)),
                List.of(alert(1, 112, 11, Direction.REGRESSION, true)), TOLERANCE);
        assertThat(actions).singleElement().isInstanceOfSatisfying(Move.class,
                m -> assertThat(m.wanted().changePoint().jobId()).isEqualTo(113));
    }

    @Test
    void the_nearest_alert_of_the_same_direction_moves_and_ties_go_to_the_older_alert() {
        List<Action> actions = AlertReconciler.reconcile(List.of(at(20, 121, Direction.REGRESSION)),
                List.of(alert(3, 118, 18, Direction.REGRESSION, true), alert(2, 122, 22, Direction.REGRESSION, true),
                        alert(1, 119, 19, Direction.IMPROVEMENT, true)), TOLERANCE);
        assertThat(actions).hasSize(3);
        assertThat(actions.get(0)).isInstanceOfSatisfying(Move.class, m -> assertThat(m.alert().id()).isEqualTo(2));
        assertThat(actions.subList(1, 3)).allMatch(a -> a instanceof Retract)
                .extracting(a -> ((Retract) a).alert().id()).containsExactly(1L, 3L);
    }

    @Test
    void a_change_point_far_from_every_alert_is_a_new_alert_and_the_old_one_is_retracted() {
        List<Action> actions = AlertReconciler.reconcile(List.of(at(40, 141, Direction.REGRESSION)),
                List.of(alert(1, 112, 11, Direction.REGRESSION, true)), TOLERANCE);
        assertThat(actions).hasSize(2);
        assertThat(actions.get(0)).isInstanceOf(Create.class);
        assertThat(actions.get(1)).isInstanceOfSatisfying(Retract.class, r -> assertThat(r.alert().id()).isEqualTo(1));
    }

    @Test
    void an_alert_already_retracted_is_neither_moved_nor_retracted_again() {
        List<Action> actions = AlertReconciler.reconcile(List.of(at(12, 113, Direction.REGRESSION)),
                List.of(alert(1, 112, 11, Direction.REGRESSION, false)), TOLERANCE);
        assertThat(actions).singleElement().isInstanceOf(Create.class);
        assertThat(AlertReconciler.reconcile(List.of(), List.of(alert(1, 112, 11, Direction.REGRESSION, false)),
                TOLERANCE)).isEmpty();
    }

    @Test
    void two_change_points_never_take_the_same_alert() {
        List<Action> actions = AlertReconciler.reconcile(
                List.of(at(10, 111, Direction.REGRESSION), at(13, 114, Direction.REGRESSION)),
                List.of(alert(1, 112, 11, Direction.REGRESSION, true)), TOLERANCE);
        assertThat(actions).hasSize(2);
        assertThat(actions.get(0)).isInstanceOf(Move.class);
        assertThat(actions.get(1)).isInstanceOf(Create.class);
    }
}
