package org.perftracker.client.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.perftracker.client.JobBuilder;
import org.perftracker.client.cli.ExitCodes;
import org.perftracker.client.cli.Invocation;
import org.perftracker.client.cli.JobOptions;
import org.perftracker.client.cli.OutputOptions;
import org.perftracker.client.cli.ServerOptions;
import org.perftracker.client.cli.TestTable;
import org.perftracker.client.env.LocalHost;
import org.perftracker.client.upload.Delivery;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.TestMerger;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.tool.ToolParsers;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pt import --format FORMAT FILE…}: reads results a tool wrote earlier and uploads them as one job. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read results that a tool wrote earlier and upload them as one job.",
            "Several files of the same format are several runs: tests with the same key get one score per file."},
        footer = {"", "Formats: ab, wrk (wrk2), hey, jmh, k6, jmeter (jtl), go-test, pytest-benchmark, "
                + "google-benchmark, hyperfine, pt-text, pt-json.",
            "", "Examples:",
            "  pt import --format jmh target/jmh-result.json --console-log jmh.log --title \"JMH 1.4.0-512\"",
            "  pt import --format ab ab-c1.txt ab-c4.txt --build 1.4.0-512",
            "", "Exit codes: 0 ok, 2 usage, 3 parse or server failure (results kept: see 'pt upload')."})
public final class ImportCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Mixin
    JobOptions job;

    @Mixin
    OutputOptions output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
            description = "The format of the files (see below).")
    String format;

    @Option(names = "--console-log", paramLabel = "FILE",
            description = "The tool's console output, for formats that read it (JMH, pytest-benchmark, hyperfine: "
                    + "which benchmarks failed).")
    Path consoleLog;

    @Option(names = "--command", paramLabel = "COMMAND_LINE",
            description = "The command that produced the files, for formats that read it (hey: URL and -c).")
    String command;

    @Option(names = "--local-env", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Describe this machine in the job's environment (default: off, the results may come "
                    + "from elsewhere).")
    boolean localEnv;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files of results.")
    List<Path> files;

    public ImportCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        ToolParsers parsers = ToolParsers.standard();
        ToolOutputParser parser = parsers.find(format).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--format: unknown format '" + format + "'; known: "
                        + String.join(", ", parsers.names())));
        String console = consoleLog == null ? "" : read(consoleLog);
        Instant begin = Instant.now();
        TestMerger merger = new TestMerger();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Path path = invocation.workingDirectory().resolve(file);
            ToolOutput out = new ToolOutput(read(path), CommandLine.parse(command), console);
            try {
                for (TestResult t : parser.parse(out)) {
                    merger.add(t).ifPresent(clash -> problems.add(parser.name() + ": " + file + ": " + clash));
                }
            } catch (UnparseableOutputException e) {
                problems.add(e.parser() + ": " + file + ":" + e.line() + ": " + e.reason());
            }
        }
        problems.forEach(p -> invocation.err().println("pt: " + p));
        if (merger.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        JobBuilder builder = job.fields().builder(parser.name() + " import").begin(begin)
                .cmdline(invocation.commandLine());
        job.append().ifPresent(builder::appendTo);
        if (localEnv) {
            builder.envNode(LocalHost.detect());
        }
        builder.addAll(merger.tests());
        if (output.human() && !job.toFile().filter("-"::equals).isPresent()) {
            TestTable.print(invocation.out(), builder.tests());
        }
        int delivered = new Delivery(invocation, server, output).deliver(builder.build(), job.toFile());
        return problems.isEmpty() ? delivered : ExitCodes.FAILURE;
    }

    private String read(Path file) {
        try {
            return ToolOutput.of(Files.readAllBytes(invocation.workingDirectory().resolve(file))).text();
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), file + ": no such file");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), file + ": cannot be read: " + e.getMessage());
        }
    }
}
