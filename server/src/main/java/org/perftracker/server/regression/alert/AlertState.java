package org.perftracker.server.regression.alert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where an alert is in its triage. An open alert ({@link #NEW} or {@link #ACKNOWLEDGED}) may be closed in any of the
 * closing states; a closed alert can only be reopened (to new or acknowledged) before it is closed differently.
 * {@link #ACCEPTED_AS_BASELINE} also makes the level after the shift the series' baseline for its trend.
 */
public enum AlertState {
    NEW, ACKNOWLEDGED, INVALID, EXPECTED, FIXED, ACCEPTED_AS_BASELINE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOpen() {
        return this == NEW || this == ACKNOWLEDGED;
    }

    /** @return whether triage may move an alert from this state to that one (staying put is always allowed) */
    public boolean canBecome(AlertState next) {
        return next == this || isOpen() || next.isOpen();
    }

    public static Optional<AlertState> parse(String word) {
        String wanted = word.trim().replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.word().equalsIgnoreCase(wanted)).findFirst();
    }

    /** @return the words of every state, for error messages */
    public static String words() {
        return Arrays.stream(values()).map(AlertState::word).collect(Collectors.joining(", "));
    }
}
