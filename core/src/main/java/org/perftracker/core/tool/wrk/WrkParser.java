package org.perftracker.core.tool.wrk;

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
 * Reads the report of wrk 4 and of wrk2, with or without {@code --latency}.
 *
 * <p>Each run gives tests in group = the URL of its {@code Running 10s test @ URL} line and category =
 * {@code "10 connections"}; for wrk2 with a target rate on the command line ({@code -R 2000}) the category is
 * {@code "2000 requests/s, 10 connections"}. The tests: {@code Requests per second} (requests/s, bigger is
 * better); {@code Latency mean} (ms, with wrk's standard deviation as deviation) and {@code Latency max};
 * {@code Latency p50}, {@code p75}, {@code p90}, {@code p99} from wrk's distribution, {@code p99.9} …
 * {@code p100} from wrk2's; {@code Socket errors} and {@code Non-2xx or 3xx responses} (counts, 0 when wrk
 * prints none); {@code Transfer rate} (KB/s, 1024 bytes). Durations and sizes in any of wrk's units are
 * converted to these.
 *
 * <p>Socket errors and non-2xx/3xx responses are errors of every test of the run; a run whose requests all
 * failed (as many socket errors as requests) is FAILED, and its latency, which wrk prints as 0, is left out.
 * A run that wrk could not start ({@code unable to connect to …}) or a report cut short is refused.
 */
public final class WrkParser implements ToolOutputParser {
    static final String NAME = "wrk";
    private static final Pattern RUNNING = Pattern.compile("^Running \\S+ test @ ");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> aliases() {
        return List.of("wrk2");
    }

    @Override
    public String description() {
        return "wrk and wrk2 text report (with or without --latency): requests/s, latency, errors, transfer rate";
    }

    @Override
    public List<TestResult> parse(ToolOutput output) {
        return RepeatedReports.parse(NAME, output, RUNNING,
                (lines, report, command) -> WrkRun.read(lines, report.first(), report.last(), command).tests());
    }

    @Override
    public Optional<OutputSource> recognize(CommandLine command) {
        return command.indexOfProgram("wrk", "wrk2").isPresent() ? Optional.of(OutputSource.stdout())
                : Optional.empty();
    }
}
