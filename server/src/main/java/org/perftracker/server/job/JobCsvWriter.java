package org.perftracker.server.job;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.perftracker.server.page.Formats;

/**
 * Writes a job's tests as CSV (RFC 4180) for spreadsheets: one row per test with its statistics, then its raw
 * scores in columns {@code score 1} … {@code score N}.
 *
 * <p>Text is data: a cell that a spreadsheet would take for a formula ({@code =HYPERLINK(…)}, {@code +1},
 * {@code @SUM}) is prefixed with an apostrophe, so that it is shown, never run.
 */
final class JobCsvWriter {
    static final List<String> HEADER = List.of("#", "group", "tag", "category", "metrics", "less better",
            "status", "errors", "warnings", "iterations", "mean", "median", "min", "max", "stddev", "ci95",
            "loops", "duration (s)", "begin", "end");

    private JobCsvWriter() {
    }

    static byte[] write(List<TestViews.TestDetails> tests) {
        int maxScores = tests.stream().mapToInt(t -> t.scores().size()).max().orElse(0);
        StringBuilder out = new StringBuilder(256 + tests.size() * (200 + maxScores * 10));
        List<String> header = new ArrayList<>(HEADER);
        for (int i = 1; i <= maxScores; i++) {
            header.add("score " + i);
        }
        line(out, header);
        for (TestViews.TestDetails t : tests) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(t.seqNum()), text(t.group()),
                    text(t.tag()), text(t.category()), text(t.metrics()), Boolean.toString(t.lessBetter()),
                    text(t.status()), Integer.toString(t.errors()), Integer.toString(t.warnings()),
                    Integer.toString(t.scores().size()), number(t.avgScore()), number(t.medianScore()),
                    number(t.minScore()), number(t.maxScore()), number(t.stddev()), number(t.ci95()),
                    t.loops() == null ? "" : Long.toString(t.loops()), number(t.duration()),
                    t.begin() == null ? "" : t.begin(), t.end() == null ? "" : t.end()));
            t.scores().forEach(s -> cells.add(number(s)));
            line(out, cells);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes a cell when it holds a comma, a quote or a line break, doubling its quotes. */
    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** A text cell that cannot start a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String number(double value) {
        return Formats.raw(value);
    }
}
