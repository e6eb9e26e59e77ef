package org.perftracker.client.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.perftracker.client.ComparisonQuery;
import org.perftracker.client.ComparisonReport;
import org.perftracker.client.PerfTrackerClient;
import org.perftracker.client.cli.CommandFailure;
import org.perftracker.client.cli.ExitCodes;
import org.perftracker.client.cli.Invocation;
import org.perftracker.client.cli.OutputOptions;
import org.perftracker.client.cli.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pt compare 17 18 19}: the comparison of jobs as the server computes it (the page's table in text or
 * Markdown), or a saved comparison ({@code --saved 5}); {@code --fail-on-regression} turns a significant regression
 * into exit code 1 for a CI step.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare jobs: every test's value in each job, its change against the first job (the "
                + "baseline) and against the previous one, and whether the change is significant and better or worse.",
            "Significance: Welch's t-test of the means at the level --alpha, corrected for the many tests "
                + "(Benjamini-Hochberg); with a single score on a side a change is only \"likely\"."},
        footer = {"", "Examples:",
            "  pt compare 17 18 19                          # 17 is the baseline",
            "  pt compare 17 18 --markdown --only regressions > comment.md",
            "  pt compare --saved 5 --fail-on-regression    # exit 1 on a regression",
            "", "Exit codes: 0 ok, 1 a significant regression (with --fail-on-regression), 2 usage, "
                + "3 server failure."})
public final class CompareCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Mixin
    OutputOptions output;

    @Parameters(paramLabel = "JOB", arity = "0..*", description = "Job ids, the baseline first (at least one).")
    List<Long> jobs = new ArrayList<>();

    @Option(names = "--saved", paramLabel = "ID", description = "A saved comparison instead of job ids.")
    Long saved;

    @Option(names = "--markdown", description = "Print Markdown, for a pull-request comment.")
    boolean markdown;

    @Option(names = "--csv", description = "Print CSV, one line per test.")
    boolean csv;

    @Option(names = "--only", paramLabel = "ROWS",
            description = "Only these tests: regressions, improvements, significant or failed.")
    String only;

    @Option(names = "--alpha", paramLabel = "A",
            description = "Significance level, between 0 and 1 (default: the server's, 0.05).")
    Double alpha;

    @Option(names = "--values", paramLabel = "KIND",
            description = "The value compared: avg, min or max (default: avg).")
    String values;

    @Option(names = "--fail-on-regression",
            description = "Exit with 1 when a test has a significant regression (against the baseline).")
    boolean failOnRegression;

    public CompareCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        ComparisonQuery query = query();
        PerfTrackerClient client = server.client(invocation);
        ComparisonReport report = client.compare(query);
        if (!output.quiet()) {
            invocation.out().print(report.body());
            if (!report.body().endsWith("\n")) {
                invocation.out().println();
            }
        }
        if (!failOnRegression) {
            return ExitCodes.OK;
        }
        if (report.regressions() < 0) {
            throw CommandFailure.failure("the server at " + client.settings().baseUrl() + " does not say how many "
                    + "regressions the comparison has; --fail-on-regression needs a PerfTracker server");
        }
        if (report.regressions() > 0) {
            invocation.err().println("pt: " + report.regressions() + " significant "
                    + (report.regressions() == 1 ? "regression" : "regressions") + " against the baseline");
            return ExitCodes.REGRESSION;
        }
        return ExitCodes.OK;
    }

    private ComparisonQuery query() {
        if (saved == null && jobs.isEmpty()) {
            throw usage("name the jobs to compare (e.g. pt compare 17 18) or a saved comparison (--saved ID)");
        }
        if (saved != null && !jobs.isEmpty()) {
            throw usage("name either jobs or --saved, not both");
        }
        if (saved != null && (alpha != null || values != null)) {
            throw usage("--alpha and --values apply to jobs; a saved comparison has its own (edit it on its page)");
        }
        if (saved != null && saved <= 0 || jobs.stream().anyMatch(id -> id <= 0)) {
            throw usage("ids are positive numbers");
        }
        int formats = (markdown ? 1 : 0) + (csv ? 1 : 0) + (output.json() ? 1 : 0);
        if (formats > 1) {
            throw usage("choose one of --markdown, --csv and --json");
        }
        String format = markdown ? "markdown" : csv ? "csv" : output.json() ? "json" : "text";
        try {
            ComparisonQuery query = saved != null ? ComparisonQuery.ofSaved(saved) : ComparisonQuery.ofJobs(jobs);
            return query.format(format).only(only == null ? "" : only).alpha(alpha)
                    .values(values == null ? "" : values);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage().replace("only must", "--only must").replace("values must", "--values must")
                    .replace("alpha must", "--alpha must"));
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
