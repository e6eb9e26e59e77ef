package org.perftracker.client.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.perftracker.client.LockInfo;
import org.perftracker.client.RequestRefusedException;
import org.perftracker.client.cli.CommandFailure;

/** Waiting for taken hosts: backoff that doubles, a deadline that holds, other refusals at once. No real sleeps. */
class HostWaitTest {
    private static final String HELD = "HTTP 409: Hw node #1 is already locked by lock #7 (Nightly): perf-01 is held"
            + " by alice until 2026-01-05 12:00 UTC";

    /** Time that passes only when the code under test sleeps. */
    private static final class FakeClock implements HostWait.Clock {
        long nanos;
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public long nanoTime() {
            return nanos;
        }

        @Override
        public void sleep(Duration d) {
            sleeps.add(d);
            nanos += d.toNanos();
        }
    }

    private static LockInfo lock() {
        return new LockInfo(9, "t", "", "", "", "", "", true, List.of(1L), null);
    }

    @Test
    void a_taken_host_is_tried_again_with_doubling_waits_until_it_is_free() throws InterruptedException {
        FakeClock clock = new FakeClock();
        AtomicInteger attempts = new AtomicInteger();
        List<String> heard = new ArrayList<>();
        LockInfo got = new HostWait(Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(30), clock)
                .acquire(() -> {
                    if (attempts.incrementAndGet() < 4) {
                        throw new RequestRefusedException(409, HELD, Map.of());
                    }
                    return lock();
                }, heard::add);
        assertThat(got.id()).isEqualTo(9);
        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(heard.get(0)).startsWith("Hw node #1").endsWith("held by alice until 2026-01-05 12:00 UTC; trying"
                + " again in 1 s");
    }

    @Test
    void at_the_deadline_it_fails_with_exit_3_naming_who_holds_the_host() {
        FakeClock clock = new FakeClock();
        HostWait wait = new HostWait(Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(30), clock);
        assertThatThrownBy(() -> wait.acquire(() -> {
            throw new RequestRefusedException(409, HELD, Map.of());
        }, m -> { })).isInstanceOfSatisfying(CommandFailure.class, e -> {
            assertThat(e.exitCode()).isEqualTo(3);
            assertThat(e.getMessage()).isEqualTo("a host is taken: " + HELD.substring(10) + " (waited 10 s)");
        });
        assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(3));
    }

    @Test
    void without_patience_there_is_one_attempt_and_other_refusals_end_it_at_once() {
        FakeClock clock = new FakeClock();
        assertThatThrownBy(() -> new HostWait(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(30), clock)
                .acquire(() -> {
                    throw new RequestRefusedException(409, HELD, Map.of());
                }, m -> { })).hasMessageEndingWith("(add --wait SECONDS to wait for it)");
        assertThatThrownBy(() -> new HostWait(Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(30),
                clock).acquire(() -> {
                    throw new RequestRefusedException(400, "HTTP 400: hw_nodes: no host nope exists", Map.of());
                }, m -> { })).isInstanceOf(RequestRefusedException.class);
        assertThat(clock.sleeps).isEmpty();
    }
}
