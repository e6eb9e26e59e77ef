package org.perftracker.client.cli;

import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --json}: how much to print, and for whom. */
public final class OutputOptions {
    @Option(names = {"-q", "--quiet"},
            description = "Print nothing but failures (for cron, which mails any output).")
    boolean quiet;

    @Option(names = "--json", description = "Print the result as JSON on standard output, for scripts.")
    boolean json;

    public boolean quiet() {
        return quiet;
    }

    public boolean json() {
        return json;
    }

    /** @return true when people read standard output: neither quiet nor JSON */
    public boolean human() {
        return !quiet && !json;
    }
}
