package org.perftracker.core.comparison;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The change of one test from an earlier job (the baseline, or the previous job) to this one.
 *
 * <p>percent = (new − base) / |base| × 100, so it is signed and symmetric: 200 → 100 is −50%, 100 → 200 is +100%;
 * undefined when base is 0. p is the two-sided p-value of Welch's t-test of the two means (from the raw scores, or
 * from the stored mean, sample standard deviation and count); pAdjusted is p after the comparison's
 * multiple-testing correction, and the verdict compares it with α.
 *
 * <p>Example: base scores {@code [10, 11, 12]}, new {@code [12, 13, 14]}, less is better: percent = +18.2, p =
 * 0.0705, not below α = 0.05 → {@link Verdict#NO_SIGNIFICANT_CHANGE}.
 *
 * @param against the 0-based index of the earlier job in the comparison (0 = baseline)
 * @param percent the change in percent, empty when a side has no value or the base is 0
 * @param p the p-value, empty when no test was made (a side with fewer than two scores, failed or missing)
 * @param pAdjusted p corrected for multiple testing (equal to p without correction), empty with p
 * @param directionConflict true when the two jobs disagree on less-is-better; the earlier job's direction is used
 */
public record Diff(
        int against,
        @JsonSerialize(using = OptionalDoubleJson.Writer.class)
        @JsonDeserialize(using = OptionalDoubleJson.Reader.class)
        OptionalDouble percent,
        @JsonSerialize(using = OptionalDoubleJson.Writer.class)
        @JsonDeserialize(using = OptionalDoubleJson.Reader.class)
        OptionalDouble p,
        @JsonSerialize(using = OptionalDoubleJson.Writer.class)
        @JsonDeserialize(using = OptionalDoubleJson.Reader.class)
        OptionalDouble pAdjusted,
        Verdict verdict,
        boolean directionConflict) {

    public Diff {
        percent = Objects.requireNonNullElse(percent, OptionalDouble.empty());
        p = Objects.requireNonNullElse(p, OptionalDouble.empty());
        pAdjusted = Objects.requireNonNullElse(pAdjusted, OptionalDouble.empty());
        Objects.requireNonNull(verdict, "verdict");
        if (against < 0) {
            throw new IllegalArgumentException("against must be a job index, got " + against);
        }
    }
}
