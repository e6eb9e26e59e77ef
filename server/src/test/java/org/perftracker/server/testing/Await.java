package org.perftracker.server.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something that happens in the background: polls it until it holds or a deadline passes. */
public final class Await {
    private Await() {
    }

    /** @throws AssertionError naming {@code what} when {@code condition} still fails after {@code timeout} */
    public static void until(Duration timeout, String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(20); // polling with a deadline, not waiting a fixed time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
