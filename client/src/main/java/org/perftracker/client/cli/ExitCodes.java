package org.perftracker.client.cli;

/** The exit codes of {@code pt}, as {@code pt --help} lists them. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** A regression was found or a check failed (pt check, pt compare). */
    public static final int REGRESSION = 1;
    /** The command line is wrong: an unknown option, a missing argument, an unknown parser. */
    public static final int USAGE = 2;
    /** A tool failed or timed out, its output could not be parsed, or the server could not store the job. */
    public static final int FAILURE = 3;

    private ExitCodes() {
    }
}
