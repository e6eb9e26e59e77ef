package org.perftracker.core.tool.ab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.perftracker.core.tool.Categories;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.TestTemplate;
import org.perftracker.core.tool.TextLines;
import org.perftracker.core.tool.TextLines.Match;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;

/** One ab report, between two banners; see {@link AbParser}. */
final class AbRun {
    private static final Pattern STOPPED = Pattern.compile(
            "(apr_\\w+: .*\\(\\d+\\)|^Total of \\d+ requests completed|^ab: .*|^socket: .*|^connect: .*)\\s*$");
    private static final Pattern HOST = Pattern.compile("^Server Hostname:\\s*(\\S*)");
    private static final Pattern PORT = Pattern.compile("^Server Port:\\s*(\\d+)");
    private static final Pattern TLS = Pattern.compile("^SSL/TLS Protocol:");
    private static final Pattern PATH = Pattern.compile("^Document Path:\\s*(\\S.*?)\\s*$");
    private static final Pattern CONCURRENCY = Pattern.compile("^Concurrency Level:\\s*(\\d+)");
    private static final Pattern TIME_TAKEN = Pattern.compile("^Time taken for tests:\\s*([0-9.]+) seconds");
    private static final Pattern COMPLETE = Pattern.compile("^Complete requests:\\s*(\\d+)");
    private static final Pattern FAILED = Pattern.compile("^Failed requests:\\s*(\\d+)");
    private static final Pattern FAILED_DETAIL = Pattern.compile("^\\s+(\\(Connect: .*\\))");
    private static final Pattern WRITE_ERRORS = Pattern.compile("^Write errors:\\s*(\\d+)");
    private static final Pattern NON_2XX = Pattern.compile("^Non-2xx responses:\\s*(\\d+)");
    private static final Pattern RPS = Pattern.compile("^Requests per second:\\s*([0-9.]+)");
    private static final Pattern TIME_PER_REQUEST =
            Pattern.compile("^Time per request:\\s*([0-9.]+) \\[ms\\] \\(mean\\)$");
    private static final Pattern TRANSFER = Pattern.compile("^Transfer rate:\\s*([0-9.]+) \\[Kbytes/sec\\]");
    private static final Pattern TOTAL_SD =
            Pattern.compile("^Total:\\s+\\d+\\s+\\d+\\s+([0-9.]+)\\s+\\d+\\s+\\d+\\s*$");
    private static final Pattern PERCENT_HEADER = Pattern.compile("^Percentage of the requests served");
    private static final Pattern PERCENT = Pattern.compile("^\\s*(\\d+)%\\s+(\\d+)");

    private final Block in;
    private final int concurrency;
    private final TestTemplate template;

    private AbRun(Block in, int concurrency, TestTemplate template) {
        this.in = in;
        this.concurrency = concurrency;
        this.template = template;
    }

    static AbRun read(TextLines lines, int first, int last, CommandLine command) {
        Block in = new Block(lines, first, last);
        Optional<Match> rps = in.find(RPS);
        if (rps.isEmpty()) {
            in.find(STOPPED).ifPresent(m -> {
                throw new UnparseableOutputException(AbParser.NAME, m.line(),
                        "ab stopped before its report: " + m.group(1));
            });
        }
        int concurrency = (int) in.require(CONCURRENCY, "Concurrency Level");
        double timeTaken = in.require(TIME_TAKEN, "Time taken for tests");
        long complete = (long) in.require(COMPLETE, "Complete requests");
        TestTemplate template = new TestTemplate(url(in, command), Categories.count(concurrency, "clients"))
                .loops(complete).durationSec(timeTaken).cmdline(command.isEmpty() ? "" : command.toString());
        AbRun run = new AbRun(in, concurrency, template);
        run.collectErrors();
        return run;
    }

    /** Failed requests, non-2xx responses and write errors become errors of every test of the run. */
    private void collectErrors() {
        in.find(FAILED).ifPresent(m -> {
            long failed = Long.parseLong(m.group(1));
            if (failed > 0) {
                String detail = in.at(m.line() + 1, FAILED_DETAIL).map(d -> " " + d.group(1)).orElse("");
                template.error((int) failed, failed + " failed requests" + detail);
            }
        });
        in.find(NON_2XX).map(m -> Long.parseLong(m.group(1))).filter(n -> n > 0)
                .ifPresent(n -> template.error(n.intValue(), n + " non-2xx responses"));
        in.find(WRITE_ERRORS).map(m -> Long.parseLong(m.group(1))).filter(n -> n > 0)
                .ifPresent(n -> template.error(n.intValue(), n + " write errors"));
    }

    List<TestResult> tests() {
        long failed = (long) in.require(FAILED, "Failed requests");
        long non2xx = in.find(NON_2XX).map(m -> Long.parseLong(m.group(1))).orElse(0L);
        double rps = in.require(RPS, "Requests per second");
        double mean = in.require(TIME_PER_REQUEST, "Time per request");
        double transfer = in.require(TRANSFER, "Transfer rate");

        List<TestResult> out = new ArrayList<>();
        out.add(template.test("Requests per second", "requests/s", false, rps));
        TestResult.Builder latency = template.builder("Latency mean", "ms", true).scores(mean)
                .description("ab: Time per request (mean) at concurrency " + concurrency);
        in.find(TOTAL_SD).ifPresent(m -> latency.addDeviation(Double.parseDouble(m.group(1))));
        out.add(latency.build());
        out.addAll(percentiles());
        out.add(template.test("Failed requests", "requests", true, failed));
        out.add(template.test("Non-2xx responses", "responses", true, non2xx));
        out.add(template.test("Transfer rate", "KB/s", false, transfer));
        return out;
    }

    private List<TestResult> percentiles() {
        Optional<Match> header = in.find(PERCENT_HEADER);
        if (header.isEmpty()) {
            return List.of();
        }
        List<TestResult> out = new ArrayList<>();
        int line = header.get().line() + 1;
        Optional<Match> row;
        while ((row = in.at(line, PERCENT)).isPresent()) {
            String pct = row.get().group(1);
            out.add(template.test("Latency p" + pct, "ms", true, Double.parseDouble(row.get().group(2))));
            if (pct.equals("100")) {
                return out;
            }
            line++;
        }
        throw new UnparseableOutputException(AbParser.NAME, line,
                "the percentile table ends before its 100% row");
    }

    /** The URL from the report; from the command when the report hides the host, else just the path. */
    private static String url(Block in, CommandLine command) {
        String host = in.find(HOST).map(m -> m.group(1)).orElse("");
        String path = in.find(PATH).map(m -> m.group(1)).orElse("/");
        boolean tls = in.find(TLS).isPresent();
        String scheme = tls ? "https" : "http";
        if (host.isEmpty()) {
            return command.lastUrl().orElse(path);
        }
        int port = in.find(PORT).map(m -> Integer.parseInt(m.group(1))).orElse(tls ? 443 : 80);
        boolean defaultPort = port == (tls ? 443 : 80);
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return scheme + "://" + hostPart + (defaultPort ? "" : ":" + port) + path;
    }

    /** The lines of one report, with the lookups the report needs. */
    private record Block(TextLines lines, int first, int last) {
        Optional<Match> find(Pattern p) {
            Optional<Match> m = lines.first(p, first);
            return m.filter(x -> x.line() <= last);
        }

        Optional<Match> at(int line, Pattern p) {
            if (line > last) {
                return Optional.empty();
            }
            return lines.all(p, line, line).stream().findFirst();
        }

        /** @return group 1 of the required field as a number */
        double require(Pattern p, String field) {
            Match m = find(p).orElseThrow(() -> missing(field));
            return Double.parseDouble(m.group(1));
        }

        private UnparseableOutputException missing(String field) {
            boolean hasAny = find(CONCURRENCY).isPresent() || find(COMPLETE).isPresent();
            String reason = hasAny ? "the report ends before '" + field + ":'"
                    : "not an ab report: no '" + field + ":' line";
            return new UnparseableOutputException(AbParser.NAME, hasAny ? last + 1 : first, reason);
        }
    }
}
