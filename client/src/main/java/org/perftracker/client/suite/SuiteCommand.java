package org.perftracker.client.suite;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.perftracker.client.JobBuilder;
import org.perftracker.client.cli.Durations;
import org.perftracker.client.cli.ExitCodes;
import org.perftracker.client.cli.Invocation;
import org.perftracker.client.cli.JobFields;
import org.perftracker.client.cli.JobOptions;
import org.perftracker.client.cli.OutputOptions;
import org.perftracker.client.cli.Progress;
import org.perftracker.client.cli.ServerOptions;
import org.perftracker.client.cli.TestTable;
import org.perftracker.client.env.LocalHost;
import org.perftracker.client.run.OutputArchive;
import org.perftracker.client.run.StepResult;
import org.perftracker.client.run.ToolRunner;
import org.perftracker.client.run.ToolStep;
import org.perftracker.client.upload.Delivery;
import org.perftracker.core.upload.TestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pt suite run FILE}: runs every test of a suite file and uploads them as one job. */
@Command(name = "suite", mixinStandardHelpOptions = true,
        description = "Run a suite of tests, described in a YAML file (see docs/suites.md), as one job.",
        subcommands = {SuiteCommand.RunSuite.class})
public final class SuiteCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code pt suite run FILE}. */
    @Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Run every test of the suite in order, then upload them as one job.",
                "Options given here win over the suite's 'job:' values."},
            footer = {"", "Examples:", "  pt suite run nightly.yaml --build 1.4.0-512",
                "  pt suite run nightly.yaml --dry-run",
                "", "A test that fails does not stop the suite: the other tests still run and are uploaded.",
                "Exit codes: 0 ok, 2 usage or invalid suite file, 3 a tool failed, output could not be read or the "
                        + "server could not store the job (results kept: see 'pt upload')."})
    public static final class RunSuite implements Callable<Integer> {
        private final Invocation invocation;

        @Mixin
        ServerOptions server;

        @Mixin
        JobOptions job;

        @Mixin
        OutputOptions output;

        @Option(names = "--dry-run", description = "Check the suite and print the commands it would run.")
        boolean dryRun;

        @Option(names = "--allow-tool-failure",
                description = "Exit with 0 when tools exit with a non-zero status but their output could be read.")
        boolean allowToolFailure;

        @Option(names = "--local-env", negatable = true, fallbackValue = "true",
                description = "Describe this machine in the job's environment (default: the suite's "
                        + "'environment: local_host', which is on unless set to false).")
        Boolean localEnv;

        @Parameters(paramLabel = "FILE", description = "The suite file (YAML).")
        Path file;

        public RunSuite(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() throws InterruptedException {
            Suite suite;
            try {
                suite = SuiteReader.read(invocation.workingDirectory().resolve(file));
            } catch (SuiteFileException e) {
                e.problems().forEach(p -> invocation.err().println("pt: " + p));
                return ExitCodes.USAGE;
            }
            List<ToolStep> steps = suite.steps();
            if (dryRun) {
                steps.forEach(s -> invocation.out().println(describe(s)));
                return ExitCodes.OK;
            }
            Instant begin = Instant.now();
            List<TestResult> tests = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            List<String> toolFailures = new ArrayList<>();
            int runs = steps.stream().mapToInt(ToolStep::runs).sum();
            try (Progress progress = Progress.of(invocation, output.quiet(), runs)) {
                ToolRunner runner = new ToolRunner(progress, new OutputArchive(invocation.home().resolve("output")));
                for (ToolStep step : steps) {
                    StepResult result = runner.run(step);
                    tests.addAll(result.tests());
                    problems.addAll(result.problems());
                    toolFailures.addAll(result.toolFailures());
                }
            }
            problems.forEach(p -> invocation.err().println("pt: " + p));
            toolFailures.stream().distinct().forEach(p -> invocation.err().println("pt: " + p));
            return deliver(suite, begin, tests, problems, toolFailures);
        }

        private int deliver(Suite suite, Instant begin, List<TestResult> tests, List<String> problems,
                List<String> toolFailures) {
            if (tests.isEmpty()) {
                invocation.err().println("pt: " + suite.file().getFileName() + ": no test gave results; nothing to "
                        + "upload");
                return ExitCodes.FAILURE;
            }
            JobFields fields = job.fields().orElse(suite.job());
            if (fields.suiteName().isEmpty()) {
                fields = fields.orElse(new JobFields(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(suite.name()), Optional.empty(), Optional.empty(),
                        Map.of()));
            }
            JobBuilder builder = fields.builder(suite.name()).cmdline(invocation.commandLine()).begin(begin);
            job.append().ifPresent(builder::appendTo);
            if (localEnv != null ? localEnv : suite.localHost()) {
                builder.envNode(LocalHost.detect());
            }
            suite.nodes().forEach(builder::envNode);
            for (TestResult t : tests) {
                try {
                    builder.add(t);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                    invocation.err().println("pt: " + e.getMessage());
                }
            }
            if (output.human() && !job.toFile().filter("-"::equals).isPresent()) {
                TestTable.print(invocation.out(), builder.tests());
            }
            int delivered = new Delivery(invocation, server, output).deliver(builder.build(), job.toFile());
            boolean failed = !problems.isEmpty() || !toolFailures.isEmpty() && !allowToolFailure;
            return delivered != ExitCodes.OK || failed ? ExitCodes.FAILURE : ExitCodes.OK;
        }

        private static String describe(ToolStep s) {
            StringBuilder line = new StringBuilder(s.label());
            line.append("  [").append(s.iterations()).append(s.iterations() == 1 ? " iteration" : " iterations");
            if (s.warmups() > 0) {
                line.append(", ").append(s.warmups()).append(s.warmups() == 1 ? " warm-up" : " warm-ups");
            }
            s.timeout().ifPresent(t -> line.append(", timeout ").append(
                    Durations.format(t)));
            line.append(", parser ").append(s.parser().name());
            s.source().file().ifPresent(f -> line.append(", results ").append(f));
            line.append(", in ").append(s.directory()).append(']');
            return line.toString();
        }
    }
}
