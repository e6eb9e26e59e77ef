package org.perftracker.core.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tool's text output as numbered lines, for parsers that must say on which line a problem is.
 *
 * <p>Lines are numbered from 1; {@code \r\n} and {@code \r} end lines as {@code \n} does. For the text
 * {@code "a\nRequests per second: 12.5\n"}, {@code first(Pattern.compile("Requests per second:\\s+(\\S+)"))}
 * finds line 2 with group 1 {@code "12.5"}; {@link #end()} is 3, the line after the last.
 */
public final class TextLines {
    private final List<String> lines;

    private TextLines(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    public static TextLines of(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>(List.of(normalised.split("\n", -1)));
        if (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return new TextLines(out);
    }

    /** @return the number of lines */
    public int size() {
        return lines.size();
    }

    /** @return the line after the last, where "missing at the end" problems are reported */
    public int end() {
        return lines.size() + 1;
    }

    /** @param number 1-based line number */
    public String get(int number) {
        return lines.get(number - 1);
    }

    /** @return the first line at or after {@code fromLine} that the pattern finds something in */
    public Optional<Match> first(Pattern pattern, int fromLine) {
        for (int n = Math.max(1, fromLine); n <= lines.size(); n++) {
            Matcher m = pattern.matcher(lines.get(n - 1));
            if (m.find()) {
                return Optional.of(new Match(n, m.toMatchResult()));
            }
        }
        return Optional.empty();
    }

    public Optional<Match> first(Pattern pattern) {
        return first(pattern, 1);
    }

    /** @return every line from {@code fromLine} to {@code toLine} (inclusive) that the pattern finds something in */
    public List<Match> all(Pattern pattern, int fromLine, int toLine) {
        List<Match> out = new ArrayList<>();
        for (int n = Math.max(1, fromLine); n <= Math.min(toLine, lines.size()); n++) {
            Matcher m = pattern.matcher(lines.get(n - 1));
            if (m.find()) {
                out.add(new Match(n, m.toMatchResult()));
            }
        }
        return out;
    }

    public List<Match> all(Pattern pattern) {
        return all(pattern, 1, lines.size());
    }

    /**
     * Splits the output into the reports of several runs, each starting at a line the pattern finds something
     * in; lines before the first start belong to the first report. Without any start, the whole output is one.
     *
     * @return the [first, last] line numbers of each report
     */
    public List<Section> sections(Pattern start) {
        List<Integer> starts = new ArrayList<>();
        all(start).forEach(m -> starts.add(m.line()));
        if (starts.isEmpty()) {
            starts.add(1);
        } else {
            starts.set(0, 1);
        }
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            out.add(new Section(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) - 1 : lines.size()));
        }
        return out;
    }

    /**
     * Lines {@code first} to {@code last}, inclusive, 1-based.
     *
     * @param first the first line of the section
     * @param last the last line of the section
     */
    public record Section(int first, int last) {
    }

    /**
     * One line a pattern matched.
     *
     * @param line the 1-based line number
     * @param result the groups of the match
     */
    public record Match(int line, MatchResult result) {
        /** @return the text of a group, {@code null} when the group did not take part */
        public String group(int group) {
            return result.group(group);
        }
    }
}
