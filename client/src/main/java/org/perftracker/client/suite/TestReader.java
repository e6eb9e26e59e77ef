package org.perftracker.client.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.DetectedTool;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.tool.ToolParsers;

/** Reads one entry of a suite's {@code tests:}: a load matrix ({@code tool:}) or a command ({@code command:}). */
final class TestReader {
    private static final Set<String> COMMON = Set.of("name", "iterations", "warmup", "timeout");
    private static final Set<String> LOAD = Set.of("tool", "url", "urls", "concurrency", "requests", "duration",
            "threads", "keepalive", "latency", "args");
    private static final Set<String> COMMAND = Set.of("command", "parser", "results", "directory", "variables");
    private static final int DEFAULT_REQUESTS = 100;
    private static final int DEFAULT_THREADS = 2;

    private TestReader() {
    }

    static Optional<SuiteTest> read(SuiteValues in, JsonNode test, Object... path) {
        boolean isCommand = test.has("command");
        Set<String> known = new HashSet<>(COMMON);
        known.addAll(isCommand ? COMMAND : LOAD);
        if (!in.mapping(test, known, path)) {
            return Optional.empty();
        }
        if (isCommand == test.has("tool")) {
            in.problem("a test has either 'tool' (ab, wrk or hey over urls × concurrency) or 'command'", path);
            return Optional.empty();
        }
        RunSettings run = SuiteReader.settings(in, test, false, path);
        return isCommand ? command(in, test, run, path) : load(in, test, run, path);
    }

    private static Optional<SuiteTest> load(SuiteValues in, JsonNode test, RunSettings run, Object[] path) {
        String tool = in.text(test, "tool", path).orElse("");
        if (!LoadTest.TOOLS.contains(tool)) {
            in.problem("must be one of " + LoadTest.TOOLS + " (for other tools, use 'command')",
                    SuiteValues.at(path, "tool"));
            return Optional.empty();
        }
        List<String> urls = new ArrayList<>(in.texts(test, "url", path));
        urls.addAll(in.texts(test, "urls", path));
        if (urls.isEmpty()) {
            in.problem("a " + tool + " test needs 'urls' (or 'url')", path);
        }
        List<Integer> concurrency = in.numbers(test, "concurrency", path);
        if (concurrency.isEmpty()) {
            concurrency = List.of(1);
        }
        int requests = in.number(test, "requests", 1, path).orElse(DEFAULT_REQUESTS);
        int most = concurrency.stream().mapToInt(Integer::intValue).max().orElse(1);
        if (!tool.equals("wrk") && requests < most) {
            in.problem(tool + " needs at least as many requests as clients: " + requests + " < " + most,
                    SuiteValues.at(path, test.has("requests") ? "requests" : "concurrency"));
        }
        String name = in.text(test, "name", path).orElse(tool + (urls.isEmpty() ? "" : " " + urls.get(0)));
        return Optional.of(new LoadTest(name, tool, urls, concurrency, requests, in.duration(test, "duration", path),
                in.number(test, "threads", 1, path).orElse(DEFAULT_THREADS),
                in.bool(test, "keepalive", path).orElse(true), in.bool(test, "latency", path).orElse(true),
                in.texts(test, "args", path), run));
    }

    private static Optional<SuiteTest> command(SuiteValues in, JsonNode test, RunSettings run, Object[] path) {
        JsonNode c = test.get("command");
        List<String> command;
        CommandLine toolCommand;
        if (c.isArray()) {
            command = in.texts(test, "command", path);
            toolCommand = new CommandLine(command);
        } else {
            String line = in.text(test, "command", path).orElse("");
            command = List.of("sh", "-c", line);
            toolCommand = CommandLine.parse(line);
        }
        if (toolCommand.isEmpty()) {
            in.problem("is empty", SuiteValues.at(path, "command"));
            return Optional.empty();
        }
        Optional<DetectedTool> tool = tool(in, test, toolCommand, path);
        if (tool.isEmpty()) {
            return Optional.empty();
        }
        String name = in.text(test, "name", path).orElse(toolCommand.args().get(0));
        return Optional.of(new CommandTest(name, command, toolCommand, tool.get(), in.text(test, "directory", path),
                in.textMap(test, "variables", path), run));
    }

    private static Optional<DetectedTool> tool(SuiteValues in, JsonNode test, CommandLine command, Object[] path) {
        ToolParsers parsers = ToolParsers.standard();
        Optional<String> parserName = in.text(test, "parser", path);
        Optional<DetectedTool> tool = parsers.detect(command);
        if (parserName.isPresent()) {
            Optional<ToolOutputParser> parser = parsers.find(parserName.get());
            if (parser.isEmpty()) {
                in.problem("unknown parser '" + parserName.get() + "'; known: " + String.join(", ", parsers.names()),
                        SuiteValues.at(path, "parser"));
                return Optional.empty();
            }
            tool = Optional.of(new DetectedTool(parser.get(),
                    parser.get().recognize(command).orElse(OutputSource.stdout())));
        }
        if (tool.isEmpty()) {
            in.problem("cannot tell which tool '" + command.args().get(0) + "' is; add 'parser:' (one of "
                    + String.join(", ", parsers.all().stream().map(ToolOutputParser::name).toList()) + ")",
                    SuiteValues.at(path, "command"));
            return Optional.empty();
        }
        DetectedTool found = tool.get();
        Optional<String> results = in.text(test, "results", path);
        return Optional.of(results.map(r -> new DetectedTool(found.parser(), OutputSource.file(r))).orElse(found));
    }
}
