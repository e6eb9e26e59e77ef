package org.perftracker.core.tool;

import java.util.List;
import org.perftracker.core.upload.TestResult;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an output that holds one or more reports of the same tool, one after another (several ab, wrk or hey runs
 * in one log): each report starts at a line matching a pattern, is read into tests, and the tests of all reports
 * are merged, runs of the same test becoming its iterations.
 */
public final class RepeatedReports {
    /** Reads the tests of one report. */
    @FunctionalInterface
    public interface ReportReader {
        List<TestResult> read(TextLines lines, TextLines.Section report, CommandLine command);
    }

    private RepeatedReports() {
    }

    /** @throws UnparseableOutputException naming the parser and line when the output is empty or a report is bad */
    public static List<TestResult> parse(String parser, ToolOutput output, Pattern start, ReportReader reader) {
        if (output.isBlank()) {
            throw new UnparseableOutputException(parser, 1, "the output is empty");
        }
        TextLines lines = TextLines.of(output.text());
        TestMerger merger = new TestMerger();
        for (TextLines.Section report : lines.sections(start)) {
            for (TestResult test : reader.read(lines, report, output.command())) {
                Optional<String> clash = merger.add(test);
                if (clash.isPresent()) {
                    throw new UnparseableOutputException(parser, report.first(), clash.get());
                }
            }
        }
        return merger.tests();
    }
}
