package org.perftracker.client;

import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.util.List;
import org.perftracker.client.analyze.AnalyzeCommand;
import org.perftracker.client.artifact.ArtifactCommand;
import org.perftracker.client.cli.CommandFailure;
import org.perftracker.client.cli.ExitCodes;
import org.perftracker.client.cli.Invocation;
import org.perftracker.client.check.CheckCommand;
import org.perftracker.client.compare.CompareCommand;
import org.perftracker.client.imports.ImportCommand;
import org.perftracker.client.job.JobCommand;
import org.perftracker.client.lock.LockCommand;
import org.perftracker.client.run.RunCommand;
import org.perftracker.client.suite.SuiteCommand;
import org.perftracker.client.upload.UploadCommand;
import org.perftracker.core.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pt} command: runs benchmark tools, uploads their results, compares and checks builds, stores artifacts
 * and locks lab hosts.
 */
@Command(name = "pt",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"PerfTracker client: run a benchmark tool, upload its results as a job, compare builds.",
            "Start the server with `./pt server`."},
        footer = {"", "Environment: PT_URL (server), PT_TOKEN (API token), PT_HOME (pt's files, default "
                + "~/.perftracker).",
            "Exit codes: 0 ok, 1 regression or failed check, 2 usage, 3 tool, parse or server failure."})
public final class Main implements Runnable {
    /** Exit code of a usage error. */
    public static final int EXIT_USAGE = ExitCodes.USAGE;

    /** The subcommands, in the order {@code pt --help} lists them. */
    static final List<Class<?>> COMMANDS = List.of(RunCommand.class, SuiteCommand.class, ImportCommand.class,
            UploadCommand.class, JobCommand.class, CompareCommand.class, AnalyzeCommand.class, CheckCommand.class,
            ArtifactCommand.class, LockCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(Invocation.ofProcess(args)));
    }

    /** Runs {@code pt} with these arguments in this process's environment and returns its exit code. */
    public static int run(String... args) {
        return run(Invocation.ofProcess(args));
    }

    /** Runs {@code pt} as the invocation says (arguments, environment, output) and returns its exit code. */
    public static int run(Invocation invocation) {
        Factory factory = new Factory(invocation);
        CommandLine cli = new CommandLine(new Main(), factory);
        for (Class<?> command : commandsFor(invocation.args())) {
            cli.addSubcommand(command);
        }
        cli.setOut(invocation.out());
        cli.setErr(invocation.err());
        cli.setParameterExceptionHandler((e, args) -> {
            invocation.err().println("pt: " + e.getMessage());
            invocation.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(invocation, e));
        cli.getCommandSpec().exitCodeOnUsageHelp(ExitCodes.OK);
        if (cli.getSubcommands().containsKey("run")) {
            cli.getSubcommands().get("run").setStopAtPositional(true);
        }
        int code = cli.execute(invocation.args().toArray(String[]::new));
        invocation.out().flush();
        invocation.err().flush();
        return code;
    }

    /**
     * The subcommands to build: only the one named when the first argument names one, since picocli reads the
     * annotations of every command it is given and {@code pt run} must start fast (docs/benchmarks.md); all of
     * them otherwise, for help and for the message about an unknown command.
     */
    static List<Class<?>> commandsFor(List<String> args) {
        if (!args.isEmpty()) {
            for (Class<?> command : COMMANDS) {
                Command annotation = command.getAnnotation(Command.class);
                if (annotation.name().equals(args.get(0)) && command != CommandLine.HelpCommand.class) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    private static int failure(Invocation invocation, Exception e) {
        if (e instanceof CommandFailure f) {
            if (!f.getMessage().isEmpty()) {
                invocation.err().println("pt: " + f.getMessage());
            }
            return f.exitCode();
        }
        if (e instanceof PerfTrackerException || e instanceof InvalidJobFileException
                || e instanceof UncheckedIOException) {
            invocation.err().println("pt: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (e instanceof InterruptedException) {
            invocation.err().println("pt: interrupted");
            return ExitCodes.FAILURE;
        }
        invocation.err().println("pt: internal error: " + e + (invocation.variable("PT_DEBUG").isPresent() ? ""
                : " (set PT_DEBUG=1 to see where)"));
        if (invocation.variable("PT_DEBUG").isPresent()) {
            e.printStackTrace(invocation.err());
        }
        return ExitCodes.FAILURE;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Makes commands with the invocation when they take it in their constructor. */
    private static final class Factory implements CommandLine.IFactory {
        private final Invocation invocation;

        Factory(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> withInvocation = type.getDeclaredConstructor(Invocation.class);
                return withInvocation.newInstance(invocation);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    /** Prints the version of this build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"pt (PerfTracker) " + Version.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
