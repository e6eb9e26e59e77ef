package org.perftracker.client.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.perftracker.client.run.ToolStep;
import org.perftracker.core.tool.CommandLine;
import org.perftracker.core.tool.OutputSource;
import org.perftracker.core.tool.ToolParsers;

/**
 * An HTTP load test over a matrix: every URL at every concurrency level, with {@code ab}, {@code wrk} or
 * {@code hey}. {@code urls: [http://app/, http://app/login]} and {@code concurrency: [1, 4]} make four steps, in
 * that order: {@code http://app/} at 1 then 4, then {@code http://app/login} at 1 then 4.
 *
 * @param tool {@code ab}, {@code wrk} or {@code hey}
 * @param requests requests per run, for ab and hey ({@code -n})
 * @param duration how long a run lasts, for wrk ({@code -d}) and, when set, hey ({@code -z})
 * @param threads wrk's threads ({@code -t}), at most the concurrency
 * @param keepalive ab: reuse connections ({@code -k}); hey: off means {@code -disable-keepalive}
 * @param latency wrk: report latency percentiles ({@code --latency})
 * @param args more arguments, put before the URL
 */
public record LoadTest(String name, String tool, List<String> urls, List<Integer> concurrency, int requests,
        Optional<Duration> duration, int threads, boolean keepalive, boolean latency, List<String> args,
        RunSettings run) implements SuiteTest {

    /** The tools a load test can use. */
    public static final List<String> TOOLS = List.of("ab", "wrk", "hey");

    public LoadTest {
        Objects.requireNonNull(name, "name");
        if (!TOOLS.contains(tool)) {
            throw new IllegalArgumentException("tool must be one of " + TOOLS + ", got " + tool);
        }
        urls = List.copyOf(urls);
        concurrency = List.copyOf(concurrency);
        duration = Objects.requireNonNullElse(duration, Optional.empty());
        args = List.copyOf(args);
        Objects.requireNonNull(run, "run");
    }

    @Override
    public List<ToolStep> steps(Path directory, RunSettings defaults) {
        RunSettings settings = run.orElse(defaults);
        List<ToolStep> steps = new ArrayList<>();
        for (String url : urls) {
            for (int c : concurrency) {
                List<String> command = command(url, c);
                CommandLine cmd = new CommandLine(command);
                steps.add(new ToolStep(name + ": " + cmd, command, cmd,
                        ToolParsers.standard().find(tool).orElseThrow(), OutputSource.stdout(), directory, Map.of(),
                        settings.warmupCount(), settings.iterationCount(), settings.timeout()));
            }
        }
        return steps;
    }

    /** @return the tool's command for one URL at one concurrency */
    List<String> command(String url, int clients) {
        List<String> c = new ArrayList<>(List.of(tool));
        switch (tool) {
            case "ab" -> {
                c.addAll(List.of("-n", String.valueOf(requests), "-c", String.valueOf(clients)));
                if (keepalive) {
                    c.add("-k");
                }
            }
            case "wrk" -> {
                long seconds = Math.max(1, Math.round(duration.orElse(Duration.ofSeconds(10)).toMillis() / 1000.0));
                c.addAll(List.of("-t", String.valueOf(Math.min(threads, clients)), "-c", String.valueOf(clients),
                        "-d", seconds + "s"));
                if (latency) {
                    c.add("--latency");
                }
            }
            default -> {
                if (duration.isPresent()) {
                    c.addAll(List.of("-z", Math.max(1, duration.get().toSeconds()) + "s"));
                } else {
                    c.addAll(List.of("-n", String.valueOf(requests)));
                }
                c.addAll(List.of("-c", String.valueOf(clients)));
                if (!keepalive) {
                    c.add("-disable-keepalive");
                }
            }
        }
        c.addAll(args);
        c.add(url);
        return c;
    }
}
