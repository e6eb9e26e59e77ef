package org.perftracker.core.tool;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the amounts tools print with a unit of their choosing into one fixed unit, so that a series keeps
 * one unit across builds even when the tool switches from {@code 980.00us} to {@code 1.02ms}.
 *
 * <p>Examples: {@code millis("635.91us") = 0.63591}, {@code millis("1.5s") = 1500}, {@code millis("2m") = 120000};
 * {@code kibibytes("1.37GB") = 1.37 × 1024 × 1024}, {@code kibibytes("375.30B") = 0.366…}.
 */
public final class Units {
    private static final Pattern AMOUNT =
            Pattern.compile("^([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-zA-Zµ]*)$");

    private Units() {
    }

    /** @return a duration such as {@code 635.91us}, {@code 1.02ms}, {@code 6.60s}, {@code 2m} or {@code 1h} in ms */
    public static OptionalDouble millis(String amount) {
        Matcher m = AMOUNT.matcher(amount.trim());
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(m.group(1));
        double factor;
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "ns" -> factor = 1e-6;
            case "us", "µs" -> factor = 1e-3;
            case "ms" -> factor = 1;
            case "s", "sec", "secs" -> factor = 1e3;
            case "m", "min" -> factor = 60e3;
            case "h" -> factor = 3600e3;
            default -> {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.of(value * factor);
    }

    /** @return an amount of bytes such as {@code 140.53MB} (binary prefixes, as wrk prints them) in KiB */
    public static OptionalDouble kibibytes(String amount) {
        Matcher m = AMOUNT.matcher(amount.trim());
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "B", "" -> OptionalDouble.of(value / 1024);
            case "KB", "K", "KIB" -> OptionalDouble.of(value);
            case "MB", "M", "MIB" -> OptionalDouble.of(value * 1024);
            case "GB", "G", "GIB" -> OptionalDouble.of(value * 1024 * 1024);
            case "TB", "T", "TIB" -> OptionalDouble.of(value * 1024 * 1024 * 1024);
            default -> OptionalDouble.empty();
        };
    }

    /** @return a count with an SI suffix such as {@code 56.20k} or {@code 1.2M} as a plain number */
    public static OptionalDouble count(String amount) {
        Matcher m = AMOUNT.matcher(amount.trim());
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "" -> OptionalDouble.of(value);
            case "k", "K" -> OptionalDouble.of(value * 1e3);
            case "M" -> OptionalDouble.of(value * 1e6);
            case "G" -> OptionalDouble.of(value * 1e9);
            default -> OptionalDouble.empty();
        };
    }

    /**
     * @return the direction of a unit that says nothing else: rates per time unit ({@code ops/s}, {@code MB/s},
     *     {@code items/sec}) are bigger-is-better, everything else ({@code ns/op}, {@code B/op}, {@code ms}) is
     *     smaller-is-better
     */
    public static boolean lessBetterByUnit(String unit) {
        String u = unit.trim().toLowerCase(Locale.ROOT);
        return !(u.endsWith("/s") || u.endsWith("/sec") || u.endsWith("/second") || u.endsWith("/ms")
                || u.endsWith("/us") || u.endsWith("/ns") || u.endsWith("/min") || u.endsWith("/m"));
    }
}
