package org.perftracker.core.tool.hey;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.RepeatedReports;
import org.perftracker.core.tool.TextLines;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;

/**
 * Reads the default text summary of {@code hey} (0.1.x).
 *
 * <p>hey prints neither the URL nor the concurrency, so the key comes from the command line:
 * group = its URL, category = {@code "<c> clients"} from {@code -c} (hey's default 50). Without a command line
 * both are empty. The tests: {@code Requests per second} (requests/s, bigger is better); {@code Latency mean},
 * {@code Latency min}, {@code Latency max} and {@code Latency p10} … {@code p99} (ms, converted from hey's
 * seconds); {@code Non-2xx responses} and {@code Failed requests} (hey's "Error distribution": no response at
 * all), counts, less is better.
 *
 * <p>Both kinds of failure are errors of every test of the run, with hey's own lines as messages
 * ({@code "[500] 32 responses"}); a run with no response at all is FAILED and, as hey has no latency for it,
 * has no latency tests. Several summaries in one output become iterations.
 */
public final class HeyParser implements ToolOutputParser {
    static final String NAME = "hey";
    private static final Pattern SUMMARY = Pattern.compile("^Summary:");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "hey text summary: requests/s, latency mean/min/max and percentiles, status and connection errors";
    }

    @Override
    public List<TestResult> parse(ToolOutput output) {
        return RepeatedReports.parse(NAME, output, SUMMARY,
                (lines, report, command) -> HeyRun.read(lines, report, command).tests());
    }

    @Override
    public Optional<OutputSource> recognize(CommandLine command) {
        return command.indexOfProgram("hey").isPresent() ? Optional.of(OutputSource.stdout()) : Optional.empty();
    }
}
