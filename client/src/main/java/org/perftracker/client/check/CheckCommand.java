package org.perftracker.client.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pt check --project P --tag T --job UUID [--wait SECONDS] [--markdown] [--confirmed-only]}: the CI gate. Asks
 * the server whether the job introduced an untriaged regression (an alert of direction regression, state new, whose
 * first job after the shift is this job), prints a short report, and exits 1 when it did. While too few builds
 * follow the job for the detector to confirm a shift, a test of the job that stands out as worse than the builds
 * before it is a suspected regression, and fails the check too unless {@code --confirmed-only}.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {"Fail a CI build when its job introduced an untriaged performance regression.",
            "Prints the verdict and every alert the job introduced; with --wait, first waits until the server has"
                + " analysed the job's upload."},
        footer = {"", "Exit codes: 0 no untriaged regression, 1 untriaged or suspected regression introduced by the"
            + " job, 2 usage, 3 server unreachable, error, or analysis not finished within --wait."})
public final class CheckCommand implements Callable<Integer> {
    static final int EXIT_REGRESSION = 1;
    static final int EXIT_SERVER = 3;
    private static final long POLL_MILLIS = 500;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:PT_URL:-http://127.0.0.1:9000}",
            description = "the PerfTracker server (PT_URL; default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:PT_TOKEN:-}",
            description = "API token, sent as a bearer token (PT_TOKEN)")
    String token;

    @Option(names = "--project", paramLabel = "NAME|ID", required = true,
            description = "the project, by name or id")
    String project;

    @Option(names = "--tag", paramLabel = "TAG",
            description = "the regression tag the job was uploaded with (checked against the job's own)")
    String tag;

    @Option(names = "--job", paramLabel = "UUID", required = true, description = "the job's uuid")
    UUID job;

    @Option(names = "--markdown", description = "print the report as Markdown (e.g. for a merge request comment)")
    boolean markdown;

    @Option(names = "--confirmed-only", description = {"fail only on regressions the detector has confirmed, not on a"
        + " recent job's suspected ones (a new build whose test stands out from the builds before it, which may still"
        + " prove a one-build spike)"})
    boolean confirmedOnly;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
            description = "wait up to this long for the server to finish analysing the job (default: do not wait)")
    int waitSeconds;

    @Override
    public Integer call() throws InterruptedException {
        if (waitSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--wait must be 0 or more seconds");
        }
        CheckClient client = new CheckClient(url, Optional.of(token).filter(t -> !t.isBlank()));
        Optional<String> regression = Optional.ofNullable(tag).map(String::trim).filter(t -> !t.isEmpty());
        JsonNode check;
        try {
            long projectId = client.projectId(project);
            long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
            check = client.check(projectId, regression, job);
            while (waitSeconds > 0 && !check.path("analysed").asBoolean() && check.path("failed").asInt() == 0) {
                if (System.nanoTime() > deadline) {
                    return fail("the analysis of job " + job + " did not finish within " + waitSeconds + " s ("
                            + check.path("pending").asInt() + " queued)");
                }
                Thread.sleep(POLL_MILLIS); // polling the server with a deadline
                check = client.check(projectId, regression, job);
            }
        } catch (CheckClient.CheckFailure e) {
            return fail(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(markdown ? CheckReport.markdown(check) : CheckReport.text(check));
        out.flush();
        if (waitSeconds > 0 && check.path("failed").asInt() > 0) {
            return fail("the server could not analyse job " + job + "; see the server's log");
        }
        boolean fails = CheckReport.regression(check) || !confirmedOnly && CheckReport.suspected(check);
        return fails ? EXIT_REGRESSION : 0;
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("pt check: " + message);
        spec.commandLine().getErr().flush();
        return EXIT_SERVER;
    }
}
