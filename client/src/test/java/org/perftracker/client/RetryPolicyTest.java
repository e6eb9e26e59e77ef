package org.perftracker.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void the_standard_policy_waits_one_two_and_four_seconds_and_never_more_than_eight() {
        RetryPolicy standard = RetryPolicy.standard();

        assertThat(standard.attempts()).isEqualTo(4);
        assertThat(standard.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(standard.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(standard.backoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(standard.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(standard.backoff(30)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void a_retry_after_from_the_server_is_honoured_up_to_the_longest_backoff() {
        RetryPolicy standard = RetryPolicy.standard();

        assertThat(standard.backoff(1, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(standard.backoff(1, Duration.ofSeconds(120))).isEqualTo(Duration.ofSeconds(8));
        assertThat(standard.backoff(2, null)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void a_policy_needs_one_attempt_and_an_ordered_backoff() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("first ≤ max");
    }
}
