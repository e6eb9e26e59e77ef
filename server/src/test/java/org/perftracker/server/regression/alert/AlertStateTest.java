package org.perftracker.server.regression.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertStateTest {
    @Test
    void an_open_alert_may_take_any_state() {
        for (AlertState next : AlertState.values()) {
            assertThat(AlertState.NEW.canBecome(next)).isTrue();
            assertThat(AlertState.ACKNOWLEDGED.canBecome(next)).isTrue();
        }
    }

    @Test
    void a_closed_alert_can_only_be_reopened() {
        for (AlertState closed : new AlertState[] {AlertState.INVALID, AlertState.EXPECTED, AlertState.FIXED,
            AlertState.ACCEPTED_AS_BASELINE}) {
            assertThat(closed.canBecome(AlertState.NEW)).isTrue();
            assertThat(closed.canBecome(AlertState.ACKNOWLEDGED)).isTrue();
            assertThat(closed.canBecome(closed)).isTrue();
            for (AlertState other : AlertState.values()) {
                if (other != closed && !other.isOpen()) {
                    assertThat(closed.canBecome(other)).as(closed + " -> " + other).isFalse();
                }
            }
        }
    }

    @Test
    void states_are_read_with_underscores_or_hyphens_in_any_case() {
        assertThat(AlertState.parse("accepted-as-baseline")).contains(AlertState.ACCEPTED_AS_BASELINE);
        assertThat(AlertState.parse(" Fixed ")).contains(AlertState.FIXED);
        assertThat(AlertState.parse("gone")).isEmpty();
    }

    @Test
    void the_direction_of_a_change_follows_less_better() {
        assertThat(Direction.of(0.2, true)).isEqualTo(Direction.REGRESSION);
        assertThat(Direction.of(-0.2, true)).isEqualTo(Direction.IMPROVEMENT);
        assertThat(Direction.of(0.2, false)).isEqualTo(Direction.IMPROVEMENT);
        assertThat(Direction.of(-0.2, false)).isEqualTo(Direction.REGRESSION);
    }
}
