package org.perftracker.client;

/**
 * The server could not be reached, or kept answering with a server error (5xx), through every attempt of the
 * {@link RetryPolicy}. Nothing was stored; the same upload can be sent again later (a job is identified by its
 * uuid, so a second upload replaces rather than duplicates).
 */
public final class ServerUnreachableException extends PerfTrackerException {
    private static final long serialVersionUID = 1L;

    private final int attempts;

    public ServerUnreachableException(String message, int attempts, Throwable cause) {
        super(message, cause);
        this.attempts = attempts;
    }

    /** @return how many times the request was sent */
    public int attempts() {
        return attempts;
    }
}
