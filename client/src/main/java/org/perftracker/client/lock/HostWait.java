package org.perftracker.client.lock;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.perftracker.client.LockInfo;
import org.perftracker.client.RequestRefusedException;
import org.perftracker.client.cli.CommandFailure;

/**
 * Tries to take hosts until they are free or the patience runs out. A taken host (409) is tried again after a wait
 * that doubles from {@code firstBackoff} up to {@code maxBackoff}, never past the deadline; any other refusal ends
 * it at once. Example: with 60 s of patience the attempts come at 0, 1, 3, 7, 15, 31 and 60 s.
 */
final class HostWait {
    /** How the wait passes; tests replace it to see the waits without waiting. */
    interface Clock {
        Clock REAL = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration d) throws InterruptedException {
                Thread.sleep(d.toMillis());
            }
        };

        long nanoTime();

        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration patience;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Clock clock;

    HostWait(Duration patience, Duration firstBackoff, Duration maxBackoff) {
        this(patience, firstBackoff, maxBackoff, Clock.REAL);
    }

    HostWait(Duration patience, Duration firstBackoff, Duration maxBackoff, Clock clock) {
        this.patience = patience;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.clock = clock;
    }

    /**
     * @param attempt takes the hosts, or throws the server's refusal
     * @param progress hears of each wait, e.g. "perf-01 is held by alice until …; trying again in 4 s"
     * @throws CommandFailure (exit 3) with the holder when the hosts were still taken at the deadline
     */
    LockInfo acquire(Supplier<LockInfo> attempt, Consumer<String> progress) throws InterruptedException {
        long deadline = clock.nanoTime() + patience.toNanos();
        Duration backoff = firstBackoff;
        while (true) {
            try {
                return attempt.get();
            } catch (RequestRefusedException e) {
                if (e.status() != 409) {
                    throw e;
                }
                String holder = e.getMessage().replaceFirst("^HTTP 409: ", "");
                long left = deadline - clock.nanoTime();
                if (left <= 0) {
                    throw CommandFailure.failure("a host is taken: " + holder
                            + (patience.isZero() ? " (add --wait SECONDS to wait for it)"
                                    : " (waited " + patience.toSeconds() + " s)"));
                }
                Duration wait = backoff.toNanos() < left ? backoff : Duration.ofNanos(left);
                progress.accept(holder + "; trying again in " + Math.max(1, Math.round(wait.toMillis() / 1000.0))
                        + " s");
                clock.sleep(wait);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
    }
}
