package org.perftracker.core.changepoint;

/** A labelled series file that cannot be used; the message names the value at fault. */
public final class InvalidSeriesFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidSeriesFileException(String message) {
        super(message);
    }
}
