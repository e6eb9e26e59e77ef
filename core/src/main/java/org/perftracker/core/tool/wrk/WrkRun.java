package org.perftracker.core.tool.wrk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.perftracker.core.tool.Categories;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.TestTemplate;
import org.perftracker.core.tool.TextLines;
import org.perftracker.core.tool.TextLines.Match;
import org.perftracker.core.tool.Units;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

/** One wrk report, from its {@code Running …} line; see {@link WrkParser}. */
final class WrkRun {
    private static final Pattern RUNNING = Pattern.compile("^Running (\\S+) test @ (\\S+)");
    private static final Pattern USAGE = Pattern.compile("^Usage: wrk");
    private static final Pattern STOPPED = Pattern.compile("^(unable to connect to .*|PANIC: .*|.*: error: .*)$");
    private static final Pattern THREADS = Pattern.compile("^\\s+(\\d+) threads and (\\d+) connections");
    private static final Pattern LATENCY = Pattern.compile("^\\s+Latency\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+\\S+\\s*$");
    private static final Pattern DISTRIBUTION = Pattern.compile("^\\s+Latency Distribution");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s*([0-9.]+)%\\s+(\\S+)\\s*$");
    private static final Pattern REQUESTS = Pattern.compile("^\\s+(\\d+) requests in (\\S+), (\\S+) read");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "^\\s+Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern NON_2XX = Pattern.compile("^\\s+Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern RPS = Pattern.compile("^Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TRANSFER = Pattern.compile("^Transfer/sec:\\s+(\\S+)");

    private final TextLines lines;
    private final int first;
    private final int last;
    private final TestTemplate template;
    private final boolean allFailed;

    private WrkRun(TextLines lines, int first, int last, TestTemplate template, boolean allFailed) {
        this.lines = lines;
        this.first = first;
        this.last = last;
        this.template = template;
        this.allFailed = allFailed;
    }

    static WrkRun read(TextLines lines, int first, int last, CommandLine command) {
        Scan in = new Scan(lines, first, last);
        if (in.find(RPS).isEmpty()) {
            in.find(USAGE).ifPresent(m -> {
                throw new UnparseableOutputException(WrkParser.NAME, m.line(),
                        "wrk printed its usage instead of a report: the command line is wrong");
            });
            in.find(STOPPED).ifPresent(m -> {
                throw new UnparseableOutputException(WrkParser.NAME, m.line(),
                        "wrk stopped before its report: " + m.group(1));
            });
        }
        Match running = in.require(RUNNING, "Running");
        Match threads = in.require(THREADS, "threads and connections");
        Match requests = in.require(REQUESTS, "requests in");
        in.require(RPS, "Requests/sec");
        long count = Long.parseLong(requests.group(1));
        TestTemplate template = new TestTemplate(running.group(2), category(threads, command)).loops(count)
                .cmdline(command.isEmpty() ? "" : command.toString());
        OptionalDouble duration = Units.millis(requests.group(2));
        if (duration.isPresent()) {
            template.durationSec(duration.getAsDouble() / 1000);
        }
        long socketErrors = socketErrors(in);
        in.find(SOCKET_ERRORS).filter(m -> socketErrors > 0).ifPresent(m -> template.error((int) socketErrors,
                "socket errors: " + m.result().group().trim().substring("Socket errors: ".length())));
        in.find(NON_2XX).ifPresent(m -> template.error(Integer.parseInt(m.group(1)),
                m.group(1) + " non-2xx or 3xx responses"));
        boolean allFailed = count == 0 || socketErrors >= count;
        if (allFailed) {
            template.status(TestStatus.FAILED);
        }
        return new WrkRun(lines, first, last, template, allFailed);
    }

    List<TestResult> tests() {
        Scan in = new Scan(lines, first, last);
        List<TestResult> out = new ArrayList<>();
        out.add(template.test("Requests per second", "requests/s", false,
                Double.parseDouble(in.require(RPS, "Requests/sec").group(1))));
        if (!allFailed) {
            out.addAll(latency(in));
        }
        out.add(template.test("Socket errors", "errors", true, socketErrors(in)));
        out.add(template.test("Non-2xx or 3xx responses", "responses", true,
                in.find(NON_2XX).map(m -> Double.parseDouble(m.group(1))).orElse(0.0)));
        in.find(TRANSFER).ifPresent(m -> out.add(template.test("Transfer rate", "KB/s", false,
                amount(Units.kibibytes(m.group(1)), m))));
        return out;
    }

    /** @return {@code "10 connections"}, or {@code "2000 requests/s, 10 connections"} for wrk2 with -R */
    private static String category(Match threads, CommandLine command) {
        String connections = Categories.count(Long.parseLong(threads.group(2)), "connections");
        OptionalDouble rate = command.option("-R", "--rate").map(Units::count).orElse(OptionalDouble.empty());
        return rate.isPresent() ? (long) rate.getAsDouble() + " requests/s, " + connections : connections;
    }

    /** @return connect + read + write + timeout errors, 0 when wrk prints none */
    private static long socketErrors(Scan in) {
        return in.find(SOCKET_ERRORS).map(m -> {
            long sum = 0;
            for (int g = 1; g <= 4; g++) {
                sum += Long.parseLong(m.group(g));
            }
            return sum;
        }).orElse(0L);
    }

    private List<TestResult> latency(Scan in) {
        List<TestResult> out = new ArrayList<>();
        Optional<Match> stats = in.find(LATENCY);
        if (stats.isPresent()) {
            Match m = stats.get();
            out.add(template.builder("Latency mean", "ms", true).scores(amount(Units.millis(m.group(1)), m))
                    .addDeviation(amount(Units.millis(m.group(2)), m)).build());
            out.add(template.test("Latency max", "ms", true, amount(Units.millis(m.group(3)), m)));
        }
        Optional<Match> header = in.find(DISTRIBUTION);
        if (header.isPresent()) {
            int line = header.get().line() + 1;
            Optional<Match> row;
            while ((row = in.at(line, PERCENTILE)).isPresent()) {
                Match r = row.get();
                out.add(template.test("Latency " + Categories.percentile(r.group(1)), "ms", true,
                        amount(Units.millis(r.group(2)), r)));
                line++;
            }
        }
        return out;
    }

    private static double amount(OptionalDouble value, Match where) {
        if (value.isEmpty()) {
            throw new UnparseableOutputException(WrkParser.NAME, where.line(),
                    "'" + where.result().group().trim() + "' has an amount in a unit wrk does not use");
        }
        return value.getAsDouble();
    }

    /** The lines of one report. */
    private record Scan(TextLines lines, int first, int last) {
        Optional<Match> find(Pattern p) {
            return lines.first(p, first).filter(m -> m.line() <= last);
        }

        Optional<Match> at(int line, Pattern p) {
            return line > last ? Optional.empty() : lines.all(p, line, line).stream().findFirst();
        }

        Match require(Pattern p, String field) {
            return find(p).orElseThrow(() -> {
                boolean started = find(RUNNING).isPresent();
                return new UnparseableOutputException(WrkParser.NAME, started ? last + 1 : first,
                        started ? "the report ends before '" + field + "'"
                                : "not a wrk report: no 'Running … test @ URL' line");
            });
        }
    }
}
