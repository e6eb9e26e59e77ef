package org.perftracker.client.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.perftracker.client.JobPage;
import org.perftracker.client.JobSummary;
import org.perftracker.client.PerfTrackerClient;
import org.perftracker.client.ProjectRef;
import org.perftracker.client.cli.CommandFailure;
import org.perftracker.client.cli.ExitCodes;
import org.perftracker.client.cli.Invocation;
import org.perftracker.client.cli.OutputOptions;
import org.perftracker.client.cli.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pt job list} and {@code pt job show ID}: the jobs on the server. */
@Command(name = "job", mixinStandardHelpOptions = true,
        description = "List the jobs on the server, or show one.",
        subcommands = {JobCommand.ListJobs.class, JobCommand.ShowJob.class})
public final class JobCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code pt job list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
            description = "List jobs, newest first.",
            footer = {"", "Examples:", "  pt job list --project \"Web app\" --limit 5", "  pt job list --json"})
    public static final class ListJobs implements Callable<Integer> {
        private final Invocation invocation;

        @Mixin
        ServerOptions server;

        @Mixin
        OutputOptions output;

        @Option(names = {"-p", "--project"}, paramLabel = "NAME", description = "Only the jobs of this project.")
        String project;

        @Option(names = "--search", paramLabel = "TEXT", description = "Only jobs whose fields contain TEXT.")
        String search = "";

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
                description = "Show at most N jobs (default: ${DEFAULT-VALUE}).")
        int limit;

        public ListJobs(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() {
            PerfTrackerClient client = server.client(invocation);
            long projectId = 0;
            if (project != null) {
                projectId = client.projects().stream().filter(p -> p.name().equals(project))
                        .mapToLong(ProjectRef::id).findFirst().orElseThrow(() -> CommandFailure.failure(
                                "no project '" + project + "' on " + client.settings().baseUrl()));
            }
            JobPage page = client.jobs(projectId, 0, Math.max(1, limit), search);
            if (output.json()) {
                invocation.out().println(page.json().path("data").toPrettyString());
            } else if (!output.quiet()) {
                JobTable.print(invocation.out(), page);
            }
            return ExitCodes.OK;
        }
    }

    /** {@code pt job show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Show one job: its fields, environment and tests.")
    public static final class ShowJob implements Callable<Integer> {
        private final Invocation invocation;

        @Mixin
        ServerOptions server;

        @Mixin
        OutputOptions output;

        @Parameters(paramLabel = "ID", description = "The job's id.")
        long id;

        public ShowJob(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() {
            PerfTrackerClient client = server.client(invocation);
            JsonNode job = client.job(id);
            JsonNode tests = client.tests(id);
            if (output.json()) {
                ObjectNode both = job.deepCopy();
                both.set("tests", tests);
                invocation.out().println(both.toPrettyString());
            } else if (!output.quiet()) {
                JobSummary summary = JobSummary.fromJson(job);
                JobTable.show(invocation.out(), summary, job, tests,
                        client.jobUrl(summary.project().id(), summary.id()));
            }
            return ExitCodes.OK;
        }
    }
}
