package org.perftracker.core.tool;

import java.util.List;
import java.util.Optional;
import org.perftracker.core.upload.TestResult;

/**
 * Turns one benchmark tool's output into tests. Parsers are pure: text in, tests out, no files, no processes.
 *
 * <p>A parser chooses each test's key (group, tag, category) so that the same benchmark gets the same key in the
 * next build, and so that categories work as points of a chart axis: {@code "4 clients"}, with the number first
 * and the axis name as a common suffix. For {@code ab -c 4 http://127.0.0.1:8080/}, the test of its throughput
 * is {@code (group "http://127.0.0.1:8080/", tag "Requests per second", category "4 clients")} in
 * {@code requests/s}, bigger is better.
 *
 * <p>{@link #parse} returns at least one test, or throws: output with no results at all (empty, truncated before
 * the results, the tool stopped by an error) is an {@link UnparseableOutputException} naming the line. Failures
 * the tool reports beside its results (non-2xx responses, a failed benchmark) become errors or
 * {@link org.perftracker.core.upload.TestStatus#FAILED FAILED} tests, so that the job records them.
 */
public interface ToolOutputParser {

    /** @return the name used with {@code --parser}, e.g. {@code "ab"}; lower case, no blanks */
    String name();

    /** @return other names accepted with {@code --parser} or {@code --format}, e.g. {@code "wrk2"} */
    default List<String> aliases() {
        return List.of();
    }

    /** @return one line for {@code --help}: the tool and the form of output read */
    String description();

    /**
     * @return the tests in the output, at least one, in the order the tool reports them
     * @throws UnparseableOutputException when the output holds no results or is not of this tool
     */
    List<TestResult> parse(ToolOutput output);

    /**
     * @param command a command about to be run
     * @return where the command writes this tool's results when it runs this tool, else empty
     */
    default Optional<OutputSource> recognize(CommandLine command) {
        return Optional.empty();
    }
}
