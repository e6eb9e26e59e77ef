package org.perftracker.client.cli;

/**
 * A command that could not do its work, with the one line that says why and its exit code. {@code Main} prints
 * {@code "pt: " + message} on standard error and exits with the code; never a stack trace.
 */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A tool, parse or server failure: exit code {@value ExitCodes#FAILURE}. */
    public static CommandFailure failure(String message) {
        return new CommandFailure(ExitCodes.FAILURE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
