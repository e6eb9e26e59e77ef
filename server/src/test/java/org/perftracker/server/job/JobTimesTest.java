package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobTimesTest {
    private static final long MINUTE = 60_000;
    private static final Instant T0 = Instant.parse("2024-05-01T01:00:00Z");

    private static Optional<Instant> at(long minutes) {
        return Optional.of(T0.plusSeconds(minutes * 60));
    }

    @Test
    void a_run_lasts_from_begin_to_end_and_missing_times_mean_now() {
        JobTimes run = JobTimes.ofRun(at(0), at(42), 0);
        assertThat(run.durationMs()).isEqualTo(42 * MINUTE);
        long now = T0.toEpochMilli() + 5 * MINUTE;
        assertThat(JobTimes.ofRun(at(0), Optional.empty(), now).durationMs()).isEqualTo(5 * MINUTE);
        assertThat(JobTimes.ofRun(at(10), at(0), 0).durationMs()).isZero();
    }

    @Test
    void a_disjoint_chunk_adds_its_own_length() {
        JobTimes appended = JobTimes.ofRun(at(0), at(42), 0).append(at(60), at(70), 0);
        assertThat(appended.beginMs()).isEqualTo(T0.toEpochMilli());
        assertThat(appended.endMs()).isEqualTo(at(70).orElseThrow().toEpochMilli());
        assertThat(appended.durationMs()).isEqualTo(52 * MINUTE);
    }

    @Test
    void an_overlapping_chunk_adds_only_the_time_past_the_previous_end() {
        assertThat(JobTimes.ofRun(at(0), at(42), 0).append(at(40), at(50), 0).durationMs()).isEqualTo(50 * MINUTE);
        assertThat(JobTimes.ofRun(at(0), at(42), 0).append(at(10), at(20), 0).durationMs()).isEqualTo(42 * MINUTE);
    }

    @Test
    void an_edit_takes_the_times_sent_and_keeps_the_others() {
        JobTimes edited = JobTimes.ofRun(at(0), at(42), 0).edit(Optional.empty(), at(30));
        assertThat(edited.durationMs()).isEqualTo(30 * MINUTE);
    }
}
