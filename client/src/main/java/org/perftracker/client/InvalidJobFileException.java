package org.perftracker.client;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A job file that cannot be read or is not a valid job, with the line of the first problem:
 * {@code "results.job.json:14: tests[2].scores: must be a list of numbers"}.
 */
public final class InvalidJobFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public InvalidJobFileException(Path file, int line, String reason) {
        super(Objects.requireNonNull(file, "file") + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** @return the 1-based line of the problem, 0 when the file could not be read at all */
    public int line() {
        return line;
    }
}
