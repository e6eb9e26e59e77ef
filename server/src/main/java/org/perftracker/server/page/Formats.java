package org.perftracker.server.page;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Numbers, durations and times as the pages show them: three significant digits, thousands separated, large
 * values scaled with K/M/G/T, deltas signed, units always.
 *
 * <p>Examples: {@code number(0.004567)} → {@code 0.00457}, {@code number(111.46)} → {@code 111},
 * {@code number(1234.5)} → {@code 1,235}, {@code number(12_345)} → {@code 12.3K}, {@code number(2.5e9)} →
 * {@code 2.5G}; {@code signedPercent(4.2)} → {@code +4.2%}; {@code duration(3725)} → {@code 1h 02m}.
 */
public final class Formats {
    /** What a missing or meaningless value reads as. */
    public static final String NOT_AVAILABLE = "n/a";

    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_UP);
    private static final String[] SCALES = {"K", "M", "G", "T"};
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** A measured value: three significant digits; from 10,000 on scaled (12.3K, 4.56M, 1.2G). */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return NOT_AVAILABLE;
        }
        double abs = Math.abs(value);
        String sign = value < 0 ? "-" : "";
        if (abs == 0) {
            return "0";
        }
        if (abs < 1e-4) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        if (abs < 1000) {
            return sign + plain(significant(abs));
        }
        if (abs < 10_000) {
            return sign + count(Math.round(abs));
        }
        int scale = 0;
        BigDecimal scaled = significant(abs / 1000);
        while (scaled.compareTo(BigDecimal.valueOf(1000)) >= 0 && scale < SCALES.length - 1) {
            scale++;
            scaled = significant(abs / Math.pow(1000, scale + 1));
        }
        return sign + plain(scaled) + SCALES[scale];
    }

    /** A value with its unit: {@code 1.23K requests/s}; the unit is left out when empty. */
    public static String withUnit(double value, String unit) {
        String number = number(value);
        return unit == null || unit.isBlank() || number.equals(NOT_AVAILABLE) ? number : number + " " + unit;
    }

    /** A count with thousands separated: {@code 12,345}. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A share in percent, unsigned: {@code 4.2%}. */
    public static String percent(double percent) {
        return Double.isFinite(percent) ? number(percent) + "%" : NOT_AVAILABLE;
    }

    /** A change in percent, always signed: {@code +4.2%}, {@code -13.1%}, {@code 0%}. */
    public static String signedPercent(double percent) {
        if (!Double.isFinite(percent)) {
            return NOT_AVAILABLE;
        }
        String digits = number(Math.abs(percent));
        if (digits.equals("0")) {
            return "0%";
        }
        return (percent > 0 ? "+" : "-") + digits + "%";
    }

    /** A spread around a value in percent: {@code ±4.2%}. */
    public static String plusMinus(double percent) {
        return Double.isFinite(percent) ? "±" + number(Math.abs(percent)) + "%" : NOT_AVAILABLE;
    }

    /** A raw value exactly as stored, without exponent: {@code 1000}, {@code 110.25}, {@code 0.00001}. */
    public static String raw(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * A duration given in seconds: {@code 0.42 s}, {@code 42 s}, {@code 12m 05s}, {@code 3h 02m}, {@code 2d 03h}.
     */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return NOT_AVAILABLE;
        }
        if (seconds < 59.5) {
            return number(seconds) + " s";
        }
        long s = Math.round(seconds);
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        long minutes = Math.round(seconds / 60);
        if (minutes < 24 * 60) {
            return String.format(Locale.ROOT, "%dh %02dm", minutes / 60, minutes % 60);
        }
        long hours = Math.round(seconds / 3600);
        return String.format(Locale.ROOT, "%dd %02dh", hours / 24, hours % 24);
    }

    /** A size in bytes, binary units, three significant digits: {@code 512 B}, {@code 1.5 KiB}, {@code 300 MiB}. */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return count(bytes) + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1023.5 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return plain(significant(value)) + " " + units[unit];
    }

    /** Memory given in MiB: {@code 512 MB}, {@code 128 GB}. */
    public static String memoryMb(long mb) {
        return mb < 1024 ? count(mb) + " MB" : number(mb / 1024.0) + " GB";
    }

    /**
     * A time as the page shows it before its script turns it into the viewer's zone: {@code 2024-05-01 01:42 UTC};
     * empty when absent, the text itself when it is not an ISO instant.
     */
    public static String utc(String isoInstant) {
        if (isoInstant == null || isoInstant.isEmpty()) {
            return "";
        }
        try {
            return UTC.format(Instant.parse(isoInstant));
        } catch (DateTimeParseException e) {
            return isoInstant;
        }
    }

    private static BigDecimal significant(double abs) {
        return new BigDecimal(abs).round(THREE_DIGITS);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
