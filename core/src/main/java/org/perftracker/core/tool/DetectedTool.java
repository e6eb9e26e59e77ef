package org.perftracker.core.tool;

import java.util.Objects;

/**
 * The parser for a command and where that command writes its results, as {@link ToolParsers#detect} finds them:
 * {@code java -jar benchmarks.jar -rf json} is JMH writing to {@code jmh-result.json}.
 *
 * @param parser the parser for the tool's results
 * @param source standard output, or the results file that the client reads after the run
 */
public record DetectedTool(ToolOutputParser parser, OutputSource source) {

    public DetectedTool {
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(source, "source");
    }
}
