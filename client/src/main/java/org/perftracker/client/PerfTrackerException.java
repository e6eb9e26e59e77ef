package org.perftracker.client;

/** A request to the PerfTracker server that did not succeed; see the subclasses for why. */
public class PerfTrackerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PerfTrackerException(String message) {
        super(message);
    }

    public PerfTrackerException(String message, Throwable cause) {
        super(message, cause);
    }
}
