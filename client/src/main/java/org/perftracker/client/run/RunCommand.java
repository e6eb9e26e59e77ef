package org.perftracker.client.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.perftracker.client.cli.JobOptions;
import org.perftracker.client.cli.OutputOptions;
import org.perftracker.client.cli.Progress;
import org.perftracker.client.cli.ServerOptions;
import org.perftracker.client.cli.TestTable;
import org.perftracker.client.env.LocalHost;
import org.perftracker.client.upload.Attachments;
import org.perftracker.client.upload.Delivery;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.DetectedTool;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.tool.ToolParsers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pt run [options] -- COMMAND…}: runs a benchmark tool, reads its results and uploads them as a job. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a benchmark tool, read its results into tests and upload them as a job.",
            "The tool is recognised from the command (ab, wrk, hey, JMH, k6, JMeter, go test -bench, "
                    + "pytest-benchmark, Google Benchmark, hyperfine) or named with --parser."},
        footer = {"", "Examples:",
            "  pt run --project \"Web app\" --build 1.4.0-512 -- ab -n 100 -c 4 -k http://app/",
            "  pt run --iterations 3 -- wrk -t 2 -c 16 -d 10s --latency http://app/",
            "  pt run --parser pt-text -- ./my-bench.sh",
            "  pt run --attach server.log --attach gc.log -- wrk -t 2 -c 16 -d 30s http://app/",
            "", "A tool that exits with a non-zero status is still read; its tests carry the failure and pt exits "
                    + "with 3 (0 with --allow-tool-failure).",
            "Exit codes: 0 ok, 2 usage, 3 tool, parse or server failure (results kept: see 'pt upload')."})
public final class RunCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Mixin
    JobOptions job;

    @Mixin
    OutputOptions output;

    @Option(names = "--parser", paramLabel = "NAME",
            description = "How to read the tool's output, when pt does not recognise the command.")
    String parserName;

    @Option(names = "--results", paramLabel = "FILE",
            description = "Read the results from FILE, which the tool writes, instead of its standard output.")
    String resultsFile;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1",
            description = "Run the tool N times; each test gets one score per run (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "0",
            description = "Runs before the measured ones, whose results are dropped (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Durations.class,
            description = "Stop a run of the tool that takes longer, e.g. 90s, 10m (default: no limit).")
    Duration timeout;

    @Option(names = "--allow-tool-failure",
            description = "Exit with 0 when the tool exits with a non-zero status but its output could be read.")
    boolean allowToolFailure;

    @Option(names = "--local-env", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Describe this machine (OS, CPU, memory, JVM) in the job's environment (default: on).")
    boolean localEnv;

    @Option(names = "--attach", paramLabel = "FILE",
            description = "Once the job is uploaded, upload FILE as an artifact linked to it (logs, profiles, "
                    + "dumps; text files open in the browser); repeatable. It must exist before the run.")
    List<String> attach = new ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The tool and its arguments.")
    List<String> command;

    public RunCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (iterations < 1 || warmups < 0) {
            throw new ParameterException(spec.commandLine(), "--iterations must be at least 1 and --warmup at "
                    + "least 0");
        }
        Attachments attachments = attachments();
        ToolStep step = step(tool());
        Instant begin = Instant.now();
        StepResult result;
        try (Progress progress = Progress.of(invocation, output.quiet(), step.runs())) {
            result = new ToolRunner(progress, new OutputArchive(invocation.home().resolve("output"))).run(step);
        }
        result.problems().forEach(p -> invocation.err().println("pt: " + p));
        result.toolFailures().stream().distinct().forEach(p -> invocation.err().println("pt: " + p));
        if (result.tests().isEmpty()) {
            if (result.problems().isEmpty()) {
                invocation.err().println("pt: " + step.parser().name() + ": no results; nothing to upload");
            }
            return ExitCodes.FAILURE;
        }
        JobBuilder builder = job.fields().builder(step.label()).cmdline(invocation.commandLine()).begin(begin);
        job.append().ifPresent(builder::appendTo);
        if (localEnv) {
            builder.envNode(LocalHost.detect());
        }
        builder.addAll(result.tests());
        if (output.human() && !job.toFile().filter("-"::equals).isPresent()) {
            TestTable.print(invocation.out(), builder.tests());
        }
        int delivered = new Delivery(invocation, server, output).deliver(builder.build(), job.toFile(), attachments);
        boolean failed = !result.problems().isEmpty() || !result.toolFailures().isEmpty() && !allowToolFailure;
        return delivered != ExitCodes.OK || failed ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /** @return the files to attach, each checked to be there before anything runs */
    private Attachments attachments() {
        List<Path> files = new ArrayList<>();
        for (String file : attach) {
            Path path = invocation.resolve(file);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new ParameterException(spec.commandLine(), "--attach " + file
                        + ": no such file, or it cannot be read");
            }
            files.add(path);
        }
        return new Attachments(files);
    }

    private DetectedTool tool() {
        CommandLine cmd = new CommandLine(command);
        ToolParsers parsers = ToolParsers.standard();
        Optional<DetectedTool> detected = parsers.detect(cmd);
        if (parserName != null) {
            ToolOutputParser parser = parsers.find(parserName).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "--parser: unknown parser '" + parserName + "'; known: "
                            + String.join(", ", parsers.names())));
            detected = Optional.of(new DetectedTool(parser, parser.recognize(cmd).orElse(OutputSource.stdout())));
        }
        DetectedTool tool = detected.orElseThrow(() -> new ParameterException(spec.commandLine(),
                "cannot tell which tool '" + command.get(0) + "' is; name the format of its output with --parser "
                        + "(one of: " + String.join(", ", parsers.all().stream().map(ToolOutputParser::name)
                        .toList()) + ")"));
        return resultsFile == null ? tool : new DetectedTool(tool.parser(), OutputSource.file(resultsFile));
    }

    private ToolStep step(DetectedTool tool) {
        CommandLine cmd = new CommandLine(command);
        String label = cmd.toString();
        return new ToolStep(label.length() > 100 ? label.substring(0, 99) + "…" : label, command, cmd,
                tool.parser(), tool.source(), invocation.workingDirectory(), Map.of(), warmups, iterations,
                Optional.ofNullable(timeout));
    }
}
