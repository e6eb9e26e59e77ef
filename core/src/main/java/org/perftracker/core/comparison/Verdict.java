package org.perftracker.core.comparison;

/**
 * What one change between two jobs means for one test. Colour on pages follows it: red for the worse kinds, green
 * for the better kinds, grey for the rest; {@link #label()} is the word that goes with the colour.
 */
public enum Verdict {
    /** Significant (Welch, adjusted p &lt; α) and in the good direction for this metric. */
    BETTER("better"),
    /** Significant and in the bad direction. */
    WORSE("worse"),
    /**
     * Both sides have at least two scores and the test finds no significant change (with MIN or MAX values: or the
     * means moved the other way than the statistic shown).
     */
    NO_SIGNIFICANT_CHANGE("n.s."),
    /** A side has a single score, and the change is at least the "likely" threshold in the good direction. */
    LIKELY_BETTER("likely better"),
    /** A side has a single score, and the change is at least the threshold in the bad direction. */
    LIKELY_WORSE("likely worse"),
    /** A side has a single score (no variance to test) and the change is below the threshold or undefined. */
    NO_VARIANCE_INFORMATION("no variance"),
    /** A side has no such test, or the test has no score. */
    MISSING("missing"),
    /** A side failed or reported errors: no claim about the change is made. */
    FAILED("failed");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** @return the word shown next to the change, e.g. "likely worse" */
    public String label() {
        return label;
    }

    /** @return true for the verdicts backed by a significance test */
    public boolean significant() {
        return this == BETTER || this == WORSE;
    }
}
