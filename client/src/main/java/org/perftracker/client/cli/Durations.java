package org.perftracker.client.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * Durations as people write them: {@code 90} (seconds), {@code 90s}, {@code 500ms}, {@code 5m}, {@code 1h},
 * {@code 1m30s}, {@code 1.5m}.
 */
public final class Durations implements ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    /** @throws IllegalArgumentException when the text is not a duration */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+(\\.\\d+)?")) {
            return millis(Double.parseDouble(t) * 1000, text);
        }
        Matcher m = PART.matcher(t);
        double total = 0;
        int end = 0;
        while (m.find() && m.start() == end) {
            double n = Double.parseDouble(m.group(1));
            total += switch (m.group(2)) {
                case "ms" -> n;
                case "s" -> n * 1000;
                case "m" -> n * 60_000;
                default -> n * 3_600_000;
            };
            end = m.end();
        }
        if (end == 0 || end != t.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 90s, 500ms, 5m, 1h "
                    + "or 1m30s");
        }
        return millis(total, text);
    }

    private static Duration millis(double value, String text) {
        if (value <= 0) {
            throw new IllegalArgumentException("'" + text + "' must be longer than 0");
        }
        return Duration.ofMillis(Math.round(value));
    }

    /** @return the duration as people write it: {@code 90 s}, {@code 1.5 s}, {@code 250 ms} */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
