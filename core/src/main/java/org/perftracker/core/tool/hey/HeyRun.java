package org.perftracker.core.tool.hey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.perftracker.core.tool.Categories;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.TestTemplate;
import org.perftracker.core.tool.TextLines;
import org.perftracker.core.tool.TextLines.Match;
import org.perftracker.core.tool.TextLines.Section;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

/** One hey summary; see {@link HeyParser}. */
final class HeyRun {
    private static final String NUMBER = "([0-9.]+|NaN)";
    private static final Pattern USAGE = Pattern.compile("^Usage: hey");
    private static final Pattern SUMMARY = Pattern.compile("^Summary:");
    private static final Pattern TOTAL = Pattern.compile("^\\s+Total:\\s+" + NUMBER + " secs");
    private static final Pattern SLOWEST = Pattern.compile("^\\s+Slowest:\\s+" + NUMBER + " secs");
    private static final Pattern FASTEST = Pattern.compile("^\\s+Fastest:\\s+" + NUMBER + " secs");
    private static final Pattern AVERAGE = Pattern.compile("^\\s+Average:\\s+" + NUMBER + " secs");
    private static final Pattern RPS = Pattern.compile("^\\s+Requests/sec:\\s+" + NUMBER);
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(\\d+(?:\\.\\d+)?)% in ([0-9.]+) secs");
    private static final Pattern STATUS = Pattern.compile("^\\s+\\[(\\d{3})\\]\\s+(\\d+) responses");
    private static final Pattern ERROR = Pattern.compile("^\\s+\\[(\\d+)\\]\\s+(.*\\S)\\s*$");
    private static final Pattern ERROR_HEADER = Pattern.compile("^Error distribution:");

    private final TextLines lines;
    private final Section section;
    private final TestTemplate template;
    private final long responses;
    private final long non2xx;
    private final long failed;

    private HeyRun(TextLines lines, Section section, TestTemplate template, long[] counts) {
        this.lines = lines;
        this.section = section;
        this.template = template;
        this.responses = counts[0];
        this.non2xx = counts[1];
        this.failed = counts[2];
    }

    static HeyRun read(TextLines lines, Section section, CommandLine command) {
        Optional<Match> summary = find(lines, section, SUMMARY);
        if (summary.isEmpty()) {
            find(lines, section, USAGE).ifPresent(m -> {
                throw new UnparseableOutputException(HeyParser.NAME, m.line(),
                        "hey printed its usage instead of a summary: the command line is wrong");
            });
            throw new UnparseableOutputException(HeyParser.NAME, section.first(),
                    "not a hey summary: no 'Summary:' line");
        }
        String group = command.lastUrl().orElse("");
        String workers = command.option("-c", "--c").orElse("50");
        String category = command.isEmpty() || !workers.matches("\\d+") ? ""
                : Categories.count(Long.parseLong(workers), "clients");
        TestTemplate template = new TestTemplate(group, category)
                .cmdline(command.isEmpty() ? "" : command.toString())
                .durationSec(number(lines, section, TOTAL, "Total"));
        long[] statuses = statuses(lines, section, template);
        long failed = 0;
        for (Match m : errorLines(lines, section)) {
            int n = Integer.parseInt(m.group(1));
            failed += n;
            template.error(n, "[" + n + "] " + m.group(2));
        }
        template.loops(statuses[0] + failed);
        if (statuses[0] == 0) {
            template.status(TestStatus.FAILED);
        }
        return new HeyRun(lines, section, template, new long[] {statuses[0], statuses[1], failed});
    }

    /** @return [responses, non-2xx responses]; non-2xx ones are added to the template's errors */
    private static long[] statuses(TextLines lines, Section section, TestTemplate template) {
        long responses = 0;
        long non2xx = 0;
        StringBuilder codes = new StringBuilder();
        for (Match m : all(lines, section, STATUS)) {
            long n = Long.parseLong(m.group(2));
            responses += n;
            if (!m.group(1).startsWith("2")) {
                non2xx += n;
                codes.append(codes.length() == 0 ? "" : ", ").append('[').append(m.group(1)).append("] ")
                        .append(n);
            }
        }
        if (non2xx > 0) {
            template.error((int) non2xx, non2xx + " non-2xx responses (" + codes + ")");
        }
        return new long[] {responses, non2xx};
    }

    List<TestResult> tests() {
        List<TestResult> out = new ArrayList<>();
        out.add(template.test("Requests per second", "requests/s", false,
                number(lines, section, RPS, "Requests/sec")));
        if (responses > 0) {
            out.add(template.test("Latency mean", "ms", true, 1000 * number(lines, section, AVERAGE, "Average")));
            out.add(template.test("Latency min", "ms", true, 1000 * number(lines, section, FASTEST, "Fastest")));
            out.add(template.test("Latency max", "ms", true, 1000 * number(lines, section, SLOWEST, "Slowest")));
            for (Match m : all(lines, section, PERCENTILE)) {
                out.add(template.test("Latency " + Categories.percentile(m.group(1)), "ms", true,
                        1000 * Double.parseDouble(m.group(2))));
            }
        }
        out.add(template.test("Non-2xx responses", "responses", true, non2xx));
        out.add(template.test("Failed requests", "requests", true, failed));
        return out;
    }

    private static List<Match> errorLines(TextLines lines, Section section) {
        Optional<Match> header = find(lines, section, ERROR_HEADER);
        if (header.isEmpty()) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        for (int n = header.get().line() + 1; n <= section.last(); n++) {
            List<Match> m = lines.all(ERROR, n, n);
            if (m.isEmpty()) {
                break;
            }
            out.add(m.get(0));
        }
        return out;
    }

    private static double number(TextLines lines, Section section, Pattern p, String field) {
        Match m = find(lines, section, p).orElseThrow(() -> new UnparseableOutputException(HeyParser.NAME,
                section.last() + 1, "the summary ends before '" + field + ":'"));
        return Double.parseDouble(m.group(1));
    }

    private static Optional<Match> find(TextLines lines, Section section, Pattern p) {
        return lines.first(p, section.first()).filter(m -> m.line() <= section.last());
    }

    private static List<Match> all(TextLines lines, Section section, Pattern p) {
        return lines.all(p, section.first(), section.last());
    }
}
