package org.perftracker.core.tool;

import java.util.Objects;

/**
 * Tool output that a parser cannot turn into tests: empty, truncated, of another format, or reporting that the
 * tool stopped before its results.
 *
 * <p>It names the parser and the 1-based line where the problem shows, so that a command line tool can print one
 * precise line: {@code new UnparseableOutputException("ab", 17, "output ends before 'Requests per second'")}
 * has the message {@code "ab: line 17: output ends before 'Requests per second'"}. For empty input the line is 1;
 * for something missing at the end, it is the line after the last one.
 */
public final class UnparseableOutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parser;
    private final int line;
    private final String reason;

    /**
     * @param parser the name of the parser, e.g. {@code "ab"}
     * @param line the 1-based line of the output where the problem shows (at least 1)
     * @param reason what is wrong, without the parser name or line
     */
    public UnparseableOutputException(String parser, int line, String reason) {
        super(Objects.requireNonNull(parser, "parser") + ": line " + Math.max(1, line) + ": "
                + Objects.requireNonNull(reason, "reason"));
        this.parser = parser;
        this.line = Math.max(1, line);
        this.reason = reason;
    }

    /** @return the name of the parser that refused the output, e.g. {@code "ab"} */
    public String parser() {
        return parser;
    }

    /** @return the 1-based line of the output where the problem shows */
    public int line() {
        return line;
    }

    /** @return what is wrong, without the parser name or line */
    public String reason() {
        return reason;
    }
}
