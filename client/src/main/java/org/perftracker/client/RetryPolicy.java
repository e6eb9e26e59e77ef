package org.perftracker.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a request is sent again after a connection error or a server error (5xx). A
 * refusal (4xx) is never retried.
 *
 * <p>The wait before attempt {@code n + 1} is {@code firstBackoff × 2^(n-1)}, at most {@code maxBackoff}; a
 * {@code Retry-After} header in seconds is honoured up to {@code maxBackoff}. The default, 4 attempts from 1 s
 * doubling to 8 s, waits 1 + 2 + 4 = 7 s in all before it gives up.
 *
 * @param attempts how many times a request is sent at most, at least 1
 * @param firstBackoff the wait after the first failed attempt
 * @param maxBackoff the longest wait between two attempts
 */
public record RetryPolicy(int attempts, Duration firstBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be 0 ≤ first ≤ max, got " + firstBackoff + " and "
                    + maxBackoff);
        }
    }

    /** @return 4 attempts, waiting 1 s, 2 s and 4 s between them */
    public static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(8));
    }

    /** @return one attempt, no retry */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /**
     * @param failedAttempt the 1-based number of the attempt that just failed
     * @return how long to wait before the next attempt: 1 s, 2 s, 4 s, 8 s, 8 s … with the standard policy
     */
    public Duration backoff(int failedAttempt) {
        Duration wait = firstBackoff;
        for (int i = 1; i < failedAttempt && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** @return the wait the server asked for with {@code Retry-After: seconds}, at most {@code maxBackoff} */
    public Duration backoff(int failedAttempt, Duration retryAfter) {
        if (retryAfter == null || retryAfter.isNegative()) {
            return backoff(failedAttempt);
        }
        return retryAfter.compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter;
    }
}
