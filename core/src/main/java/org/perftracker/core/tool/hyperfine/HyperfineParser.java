package org.perftracker.core.tool.hyperfine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.perftracker.core.tool.Categories;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.JsonDocument;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.TestTemplate;
import org.perftracker.core.tool.TextLines;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;

/**
 * Reads the JSON that hyperfine writes with {@code --export-json FILE}.
 *
 * <p>For each benchmarked command, in group {@code "hyperfine"}: a test tagged with the command, in seconds,
 * smaller is better, with the time of every run as scores; and {@code "<command> user"} and
 * {@code "<command> system"}, the mean CPU time in seconds. With a parameter scan ({@code -P threads 1 8
 * 'make -j {threads}'}) the category is the parameters ({@code "4 threads"}) and the tag is the command
 * template from the command line when it is known, so that every value of the scan is a point of one series.
 *
 * <p>Runs that exited with a non-zero code (kept with {@code -i}) are errors. When hyperfine stopped on a
 * failing command it leaves the file empty; the error line of its console output is then the reason given.
 */
public final class HyperfineParser implements ToolOutputParser {
    static final String NAME = "hyperfine";
    private static final String GROUP = "hyperfine";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "hyperfine JSON (--export-json): wall time of every run, user and system time, exit codes";
    }

    @Override
    public List<TestResult> parse(ToolOutput output) {
        if (output.isBlank()) {
            String reason = consoleError(output.console()).map(e -> "hyperfine stopped: " + e)
                    .orElse("the output is empty");
            throw new UnparseableOutputException(NAME, 1, reason);
        }
        JsonDocument doc = JsonDocument.parse(NAME, output.text());
        JsonNode results = doc.root().path("results");
        if (!results.isArray()) {
            throw doc.problem("expected hyperfine's JSON: an object with a 'results' array");
        }
        if (results.isEmpty()) {
            throw doc.problem("no benchmark results: 'results' is empty", "results");
        }
        List<TestResult> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            out.addAll(result(doc, results.get(i), i, output.command()));
        }
        return out;
    }

    @Override
    public Optional<OutputSource> recognize(CommandLine command) {
        OptionalInt at = command.indexOfProgram("hyperfine");
        if (at.isEmpty()) {
            return Optional.empty();
        }
        return command.from(at.getAsInt()).option("--export-json").map(OutputSource::file);
    }

    private static List<TestResult> result(JsonDocument doc, JsonNode r, int i, CommandLine command) {
        String cmd = r.path("command").asText("");
        if (cmd.isEmpty() || !r.path("mean").isNumber()) {
            throw doc.problem("result " + (i + 1) + " has no command or no mean", "results", i);
        }
        Map<String, String> params = new LinkedHashMap<>();
        r.path("parameters").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        String tag = params.isEmpty() ? cmd : template(command, params).orElse(cmd);
        TestTemplate run = new TestTemplate(GROUP, Categories.ofParams(params))
                .cmdline(command.isEmpty() ? "" : command.toString());
        List<Double> times = new ArrayList<>();
        r.path("times").forEach(t -> times.add(t.asDouble()));
        if (!times.isEmpty()) {
            run.loops(times.size()).durationSec(times.stream().mapToDouble(Double::doubleValue).sum());
        }
        exitCodes(r, run);
        TestResult.Builder wall = run.builder(tag, "s", true);
        if (times.isEmpty()) {
            wall.scores(r.path("mean").asDouble());
            if (r.path("stddev").isNumber()) {
                wall.addDeviation(r.path("stddev").asDouble());
            }
        } else {
            wall.scores(times);
        }
        List<TestResult> out = new ArrayList<>();
        out.add(wall.build());
        for (String cpu : List.of("user", "system")) {
            if (r.path(cpu).isNumber()) {
                out.add(run.test(tag + " " + cpu, "s", true, r.path(cpu).asDouble()));
            }
        }
        return out;
    }

    private static void exitCodes(JsonNode r, TestTemplate run) {
        int failed = 0;
        Integer code = null;
        for (JsonNode c : r.path("exit_codes")) {
            if (c.isNumber() && c.asInt() != 0) {
                failed++;
                code = c.asInt();
            }
        }
        if (failed > 0) {
            run.error(failed, failed + " of " + r.path("exit_codes").size()
                    + " runs exited with a non-zero code (" + code + ")");
        }
    }

    /** @return the argument of the hyperfine command that holds every parameter as {@code {name}} */
    private static Optional<String> template(CommandLine command, Map<String, String> params) {
        return command.args().stream()
                .filter(a -> params.keySet().stream().allMatch(p -> a.contains("{" + p + "}")))
                .filter(a -> !a.startsWith("-"))
                .findFirst();
    }

    private static Optional<String> consoleError(String console) {
        TextLines lines = TextLines.of(console);
        for (int n = 1; n <= lines.size(); n++) {
            if (lines.get(n).startsWith("Error: ")) {
                return Optional.of(lines.get(n).substring("Error: ".length()).trim());
            }
        }
        return Optional.empty();
    }
}
