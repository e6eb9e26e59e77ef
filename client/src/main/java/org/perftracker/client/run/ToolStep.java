package org.perftracker.client.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.ToolOutputParser;

/**
 * One benchmark to run: a command, how to read its results, and how often to run it.
 *
 * <p>{@code ab -n 200 -c 4 http://app/} with 1 warm-up and 3 iterations runs ab four times and gives each of its
 * tests three scores.
 *
 * @param label what the progress display calls it, e.g. {@code "ab -n 200 -c 4 http://app/"}
 * @param command the process to start: the tool's arguments, or {@code sh -c LINE}
 * @param toolCommand the tool's own command line, as the parser reads it
 * @param source where the tool writes its results: standard output or a file (relative to {@code directory})
 * @param directory where the tool runs
 * @param environment variables added to the tool's environment
 * @param warmups runs before the measured ones, whose output is not read
 * @param iterations measured runs; each test gets one score per run
 * @param timeout the longest one run may take before it is stopped; empty for no limit
 */
public record ToolStep(String label, List<String> command, CommandLine toolCommand, ToolOutputParser parser,
        OutputSource source, Path directory, Map<String, String> environment, int warmups, int iterations,
        Optional<Duration> timeout) {

    public ToolStep {
        Objects.requireNonNull(label, "label");
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a step needs a command");
        }
        Objects.requireNonNull(toolCommand, "toolCommand");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(directory, "directory");
        environment = Map.copyOf(environment);
        if (warmups < 0 || iterations < 1) {
            throw new IllegalArgumentException("a step needs warm-ups ≥ 0 and iterations ≥ 1, got " + warmups
                    + " and " + iterations);
        }
        timeout = Objects.requireNonNullElse(timeout, Optional.empty());
    }

    /** @return how many times the command runs: warm-ups and iterations */
    public int runs() {
        return warmups + iterations;
    }

    /** @return the program's name, e.g. {@code "ab"} for {@code /usr/bin/ab -n 100 …} */
    public String program() {
        List<String> args = toolCommand.isEmpty() ? command : toolCommand.args();
        String first = args.get(0);
        return first.substring(first.lastIndexOf('/') + 1);
    }
}
