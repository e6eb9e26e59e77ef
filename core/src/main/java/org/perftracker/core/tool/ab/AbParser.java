package org.perftracker.core.tool.ab;

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
 * Reads the text report of ApacheBench ({@code ab}), version 2.3.
 *
 * <p>Each run gives tests in group = the URL rebuilt from the report (scheme from the TLS lines, host, port
 * unless it is the scheme's default, document path) and category = the concurrency, {@code "4 clients"}:
 * <ul>
 * <li>{@code Requests per second}, requests/s, bigger is better;</li>
 * <li>{@code Latency mean}, ms, ab's "Time per request (mean)", with the standard deviation of the total
 * connection time as deviation;</li>
 * <li>{@code Latency p50} … {@code Latency p100}, ms, from the "Percentage of the requests served" table;</li>
 * <li>{@code Failed requests} and {@code Non-2xx responses}, counts, less is better (0 when ab prints none);</li>
 * <li>{@code Transfer rate}, KB/s (1024 bytes), bigger is better.</li>
 * </ul>
 * Failed requests, non-2xx responses and write errors are errors of every test of the run, with a message each
 * ({@code "192 failed requests (Connect: 0, Receive: 0, Length: 192, Exceptions: 0)"}). Several runs in one
 * output (one report after another) give several scores to the tests they share. A run that ab stopped
 * before its report ({@code apr_socket_recv: Connection refused (111)}) or a report cut short is an
 * {@link UnparseableOutputException} at the line that shows it.
 */
public final class AbParser implements ToolOutputParser {
    static final String NAME = "ab";
    private static final Pattern BANNER = Pattern.compile("^This is ApacheBench");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> aliases() {
        return List.of("apachebench");
    }

    @Override
    public String description() {
        return "ApacheBench (ab) text report: requests/s, latency mean and percentiles, failures, transfer rate";
    }

    @Override
    public List<TestResult> parse(ToolOutput output) {
        return RepeatedReports.parse(NAME, output, BANNER,
                (lines, report, command) -> AbRun.read(lines, report.first(), report.last(), command).tests());
    }

    @Override
    public Optional<OutputSource> recognize(CommandLine command) {
        return command.indexOfProgram("ab", "ab2").isPresent() ? Optional.of(OutputSource.stdout())
                : Optional.empty();
    }
}
