package org.perftracker.core.upload;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 timestamps as the reference client sends them ({@code 2026-11-26T20:44:17.579438+00:00}): a date, a
 * {@code T} or a space, a time with optional seconds and fraction, and a zone: {@code Z} or {@code ±HH[:MM]}.
 * A timestamp without a zone is refused: the server cannot know which instant it means.
 */
public final class Timestamps {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d{1,9}))?)?"
                    + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");

    private Timestamps() {
    }

    /** Why a text is not a timestamp we accept. */
    public static final class InvalidTimestampException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidTimestampException(String message) {
            super(message);
        }
    }

    /**
     * @return the instant, e.g. {@code 2024-05-01T01:00:00Z} for {@code "2024-05-01 03:00:00+02:00"}
     * @throws InvalidTimestampException when the text is not such a timestamp or has no zone
     */
    public static Instant parse(String text) throws InvalidTimestampException {
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidTimestampException("'" + abbreviate(text)
                    + "' is not an ISO 8601 date and time, e.g. 2024-05-01T01:00:00+00:00");
        }
        if (m.group(8) == null) {
            throw new InvalidTimestampException("'" + abbreviate(text)
                    + "' has no time zone; add one, e.g. 2024-05-01T01:00:00+00:00");
        }
        try {
            String fraction = Optional.ofNullable(m.group(7)).orElse("0");
            int nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            return local.toInstant(offset(m.group(8)));
        } catch (DateTimeException e) {
            throw new InvalidTimestampException("'" + abbreviate(text) + "' is not a valid date and time: "
                    + e.getMessage());
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
