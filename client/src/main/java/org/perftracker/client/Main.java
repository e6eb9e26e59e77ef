package org.perftracker.client;

import org.perftracker.client.analyze.AnalyzeCommand;
import org.perftracker.client.check.CheckCommand;
import org.perftracker.core.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pt} command: runs benchmark tools, uploads their results, compares and checks builds. */
@Command(name = "pt",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"PerfTracker client: run a benchmark tool, upload its results as a job, compare builds.",
            "Start the server with `./pt server`."},
        subcommands = {CommandLine.HelpCommand.class, AnalyzeCommand.class, CheckCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 regression or failed check, 2 usage, 3 tool, parse or server failure."})
public final class Main implements Runnable {
    /** Exit code of a usage error. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code pt} with these arguments and returns its exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cli.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
        cli.getCommandSpec().exitCodeOnUsageHelp(0);
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
