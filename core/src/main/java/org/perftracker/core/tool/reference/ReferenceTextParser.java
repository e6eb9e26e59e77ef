package org.perftracker.core.tool.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perftracker.core.tool.TestMerger;
import org.perftracker.core.tool.TextLines;
import org.perftracker.core.tool.ToolOutput;
import org.perftracker.core.tool.ToolOutputParser;
import org.perftracker.core.tool.UnparseableOutputException;
import org.perftracker.core.upload.TestResult;

/**
 * Reads the text format of the reference uploader ({@code pt-suite-uploader.py -f FILE}, or a command's output):
 * one test per line as {@code key: value;} pairs, for any command that prints its own results.
 *
 * <p>Example: {@code tag: login; score: 1.7; metrics: sec; group: latency; category: 1 clients; less_better: true;}
 * is a test {@code (latency, login, 1 clients)} with score 1.7 sec, smaller is better. Keys, any case:
 * {@code tag}, {@code score} or {@code scores} (a JSON list), {@code deviation} or {@code deviations},
 * {@code metrics} (default {@code loops/sec}), {@code group}, {@code category}, {@code description},
 * {@code cmdline}, {@code loops}, {@code errors}, {@code warnings}, {@code duration_sec} and {@code less_better}
 * ({@code true}, {@code True}, {@code yes}, {@code Yes}, {@code y}). A pair needs a blank after the colon.
 * Anything else on a line ({@code # comment}) is ignored, and so is a line without a tag or a score, as the
 * reference does. Lines with the same (group, tag, category) join as iterations; a value that is not a number
 * where one is needed is refused with its line.
 */
public final class ReferenceTextParser implements ToolOutputParser {
    static final String NAME = "pt-text";
    private static final Pattern PAIR = Pattern.compile("^(\\w+):\\s+(.*)$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> TRUE = Set.of("True", "true", "Yes", "yes", "y");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> aliases() {
        return List.of("text", "keyvalue");
    }

    @Override
    public String description() {
        return "the reference uploader's text format: one test per line as 'tag: …; score: …;' pairs";
    }

    @Override
    public List<TestResult> parse(ToolOutput output) {
        if (output.isBlank()) {
            throw new UnparseableOutputException(NAME, 1, "the output is empty");
        }
        TextLines lines = TextLines.of(output.text());
        TestMerger merger = new TestMerger();
        for (int n = 1; n <= lines.size(); n++) {
            Optional<TestResult> test = line(lines.get(n), n);
            if (test.isPresent()) {
                int line = n;
                merger.add(test.get()).ifPresent(clash -> {
                    throw new UnparseableOutputException(NAME, line, clash);
                });
            }
        }
        if (merger.isEmpty()) {
            throw new UnparseableOutputException(NAME, lines.end(),
                    "no tests: no line has both 'tag: …;' and 'score: …;'");
        }
        return merger.tests();
    }

    private static Optional<TestResult> line(String line, int n) {
        TestResult.Builder b = TestResult.builder("-");
        String tag = "";
        boolean scored = false;
        for (String part : line.split(";")) {
            Matcher m = PAIR.matcher(part.trim());
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2);
            if (key.equals("tag")) {
                tag = value;
            } else if (key.equals("score") || key.equals("scores")) {
                List<Double> scores = key.equals("score") ? List.of(number(value, key, n)) : list(value, key, n);
                b.scores(scores);
                scored = !scores.isEmpty();
            } else {
                set(b, key, value, n);
            }
        }
        if (tag.isEmpty() || !scored) {
            return Optional.empty();
        }
        return Optional.of(b.tag(tag).build());
    }

    /** Sets the value of any key but tag and score; unknown keys are ignored, as the reference does. */
    private static void set(TestResult.Builder b, String key, String value, int n) {
        switch (key) {
            case "deviation" -> b.deviations(List.of(number(value, key, n)));
            case "deviations" -> b.deviations(list(value, key, n));
            case "duration_sec" -> b.durationSec(number(value, key, n));
            case "loops" -> b.loops(whole(value, key, n));
            case "errors" -> b.errors((int) whole(value, key, n));
            case "warnings" -> b.warnings((int) whole(value, key, n));
            case "metrics" -> b.metrics(value);
            case "cmdline" -> b.cmdline(value);
            case "group" -> b.group(value);
            case "category" -> b.category(value);
            case "description" -> b.description(value);
            case "less_better" -> b.lessBetter(TRUE.contains(value));
            default -> {
            }
        }
    }

    private static double number(String value, String key, int line) {
        try {
            double d = Double.parseDouble(value.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UnparseableOutputException(NAME, line, "'" + key + ": " + value + "' is not a number");
    }

    private static long whole(String value, String key, int line) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UnparseableOutputException(NAME, line, "'" + key + ": " + value + "' is not a whole number");
        }
    }

    private static List<Double> list(String value, String key, int line) {
        String v = value.trim();
        if (!v.startsWith("[") || !v.endsWith("]")) {
            throw new UnparseableOutputException(NAME, line, "'" + key + ": " + value
                    + "' is not a list of numbers such as [1.5, 2.0]");
        }
        List<Double> out = new ArrayList<>();
        String inner = v.substring(1, v.length() - 1).trim();
        if (!inner.isEmpty()) {
            for (String item : inner.split(",")) {
                out.add(number(item, key, line));
            }
        }
        return out;
    }
}
