package org.perftracker.client.suite;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.perftracker.client.run.ToolStep;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.DetectedTool;

/**
 * A test that runs any command and reads its results with a parser: {@code command: java -jar
 * target/benchmarks.jar -rf json} is JMH reading {@code jmh-result.json}.
 *
 * @param command the process to start: {@code sh -c LINE} for a command written as one line, else the list as
 *     given
 * @param toolCommand the command as the parser reads it
 * @param tool the parser and where the command writes its results
 * @param directory where the command runs, relative to the suite file; empty for the suite file's folder
 * @param variables environment variables added for the command
 */
public record CommandTest(String name, List<String> command, CommandLine toolCommand, DetectedTool tool,
        Optional<String> directory, Map<String, String> variables, RunSettings run) implements SuiteTest {

    public CommandTest {
        Objects.requireNonNull(name, "name");
        command = List.copyOf(command);
        Objects.requireNonNull(toolCommand, "toolCommand");
        Objects.requireNonNull(tool, "tool");
        directory = Objects.requireNonNullElse(directory, Optional.empty());
        variables = Map.copyOf(variables);
        Objects.requireNonNull(run, "run");
    }

    @Override
    public List<ToolStep> steps(Path suiteDirectory, RunSettings defaults) {
        RunSettings settings = run.orElse(defaults);
        Path dir = directory.map(d -> suiteDirectory.resolve(d).normalize()).orElse(suiteDirectory);
        return List.of(new ToolStep(name + ": " + toolCommand, command, toolCommand, tool.parser(), tool.source(),
                dir, variables, settings.warmupCount(), settings.iterationCount(), settings.timeout()));
    }
}
