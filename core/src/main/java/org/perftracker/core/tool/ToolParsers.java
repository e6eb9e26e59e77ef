package org.perftracker.core.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.perftracker.core.tool.ab.AbParser;
import org.perftracker.core.tool.gbench.GoogleBenchmarkParser;
import org.perftracker.core.tool.gotest.GoTestParser;
import org.perftracker.core.tool.hey.HeyParser;
import org.perftracker.core.tool.hyperfine.HyperfineParser;
import org.perftracker.core.tool.jmeter.JmeterParser;
import org.perftracker.core.tool.jmh.JmhParser;
import org.perftracker.core.tool.k6.K6Parser;
import org.perftracker.core.tool.pytest.PytestBenchmarkParser;
import org.perftracker.core.tool.reference.ReferenceJsonParser;
import org.perftracker.core.tool.reference.ReferenceTextParser;
import org.perftracker.core.tool.wrk.WrkParser;

/**
 * The parsers {@code pt} knows, found by name ({@code --parser ab}, {@code --format json}) or by the command
 * about to run.
 *
 * <p>Example: {@code ToolParsers.standard().detect(CommandLine.parse("taskset -c 1 wrk -c 10 http://app/"))}
 * is the {@code wrk} parser reading standard output; {@code find("wrk2")} is the same parser by its alias.
 * Names and aliases are compared without case.
 */
public final class ToolParsers {
    private final List<ToolOutputParser> parsers;
    private final Map<String, ToolOutputParser> byName = new LinkedHashMap<>();

    /**
     * @param parsers in the order {@link #detect} tries them
     * @throws IllegalArgumentException when two parsers share a name or alias
     */
    public ToolParsers(List<ToolOutputParser> parsers) {
        this.parsers = List.copyOf(parsers);
        for (ToolOutputParser p : this.parsers) {
            List<String> names = new ArrayList<>(p.aliases());
            names.add(0, p.name());
            for (String name : names) {
                ToolOutputParser clash = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), p);
                if (clash != null) {
                    throw new IllegalArgumentException("parser name '" + name + "' is used by both '"
                            + clash.name() + "' and '" + p.name() + "'");
                }
            }
        }
    }

    /** @return every built-in parser */
    public static ToolParsers standard() {
        return new ToolParsers(List.of(new AbParser(), new WrkParser(), new HeyParser(), new JmhParser(),
                new K6Parser(), new JmeterParser(), new GoTestParser(), new PytestBenchmarkParser(),
                new GoogleBenchmarkParser(), new HyperfineParser(), new ReferenceTextParser(),
                new ReferenceJsonParser()));
    }

    /** @return the parsers, in detection order */
    public List<ToolOutputParser> all() {
        return parsers;
    }

    /** @return the parser with this name or alias */
    public Optional<ToolOutputParser> find(String nameOrAlias) {
        return Optional.ofNullable(byName.get(nameOrAlias.trim().toLowerCase(Locale.ROOT)));
    }

    /** @return every name and alias, for a "known parsers: …" message */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** @return the first parser that recognises the command, with where the command writes its results */
    public Optional<DetectedTool> detect(CommandLine command) {
        for (ToolOutputParser p : parsers) {
            Optional<OutputSource> source = p.recognize(command);
            if (source.isPresent()) {
                return Optional.of(new DetectedTool(p, source.get()));
            }
        }
        return Optional.empty();
    }
}
