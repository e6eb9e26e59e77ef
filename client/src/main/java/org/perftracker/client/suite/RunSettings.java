package org.perftracker.client.suite;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How often and how long a suite's tests run: set in {@code defaults:} for all, and per test.
 *
 * @param iterations measured runs (default 1)
 * @param warmups runs before them whose results are dropped (default 0)
 * @param timeout the longest one run may take (default: no limit)
 */
public record RunSettings(Optional<Integer> iterations, Optional<Integer> warmups, Optional<Duration> timeout) {

    public RunSettings {
        iterations = Objects.requireNonNullElse(iterations, Optional.empty());
        warmups = Objects.requireNonNullElse(warmups, Optional.empty());
        timeout = Objects.requireNonNullElse(timeout, Optional.empty());
    }

    public static RunSettings none() {
        return new RunSettings(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** @return these settings, each taken from {@code other} where this one has none */
    public RunSettings orElse(RunSettings other) {
        return new RunSettings(iterations.or(other::iterations), warmups.or(other::warmups),
                timeout.or(other::timeout));
    }

    public int iterationCount() {
        return iterations.orElse(1);
    }

    public int warmupCount() {
        return warmups.orElse(0);
    }
}
