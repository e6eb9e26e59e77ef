package org.perftracker.core.comparison;

import java.util.List;
import java.util.OptionalDouble;
import org.perftracker.core.stats.BenjaminiHochberg;
import org.perftracker.core.stats.Summary;
import org.perftracker.core.stats.WelchTest;

/**
 * Judges the change of one test between two jobs, in three steps so that p-values can be corrected across all
 * rows of a pair of jobs before any verdict is given: {@link #measure}, {@link #adjust}, {@link #judge}.
 *
 * <ul>
 * <li>A side failed (status FAILED or errors) → FAILED; a side missing or without scores → MISSING. No p-value.
 * <li>Both sides with at least two scores → Welch's t-test of the means; significant when the adjusted p &lt; α.
 * Zero variance on both sides with different means gives p = 0 (a certain change).
 * <li>A side with a single score that reported the spread of its samples ({@link ReportedSpread}) is tested the
 * same way, from its score as the mean, the reported standard deviation and the sample count (Welch from
 * summaries). A side with two or more scores is always tested from its scores.
 * <li>A side with a single score and no reported spread → no variance to test: a change of at least the "likely"
 * threshold is LIKELY_BETTER or LIKELY_WORSE, anything else NO_VARIANCE_INFORMATION.
 * </ul>
 * Better or worse follows the earlier job's less-is-better.
 */
final class Significance {
    private Significance() {
    }

    /** A change measured but not yet judged; p and percent are NaN when undefined. */
    static final class Draft {
        final int against;
        final Verdict fixed;
        final double percent;
        final double p;
        double pAdjusted;
        final double delta;
        final boolean meansAgree;
        final boolean improved;
        final boolean directionConflict;

        private Draft(int against, Verdict fixed, double percent, double p, double delta, boolean meansAgree,
                boolean improved, boolean directionConflict) {
            this.against = against;
            this.fixed = fixed;
            this.percent = percent;
            this.p = p;
            this.pAdjusted = p;
            this.delta = delta;
            this.meansAgree = meansAgree;
            this.improved = improved;
            this.directionConflict = directionConflict;
        }

        boolean tested() {
            return !Double.isNaN(p);
        }
    }

    /** Step 1: the percent change and the Welch p-value of {@code current} against {@code base}. */
    static Draft measure(int against, Measurement base, Measurement current) {
        boolean conflict = base.test() != null && current.test() != null
                && base.test().lessBetter() != current.test().lessBetter();
        double percent = base.hasValue() && current.hasValue() && base.value() != 0
                ? (current.value() - base.value()) / Math.abs(base.value()) * 100 : Double.NaN;
        if (base.state() == CellState.FAILED || current.state() == CellState.FAILED) {
            return new Draft(against, Verdict.FAILED, percent, Double.NaN, 0, false, false, conflict);
        }
        if (!base.hasValue() || !current.hasValue()) {
            return new Draft(against, Verdict.MISSING, Double.NaN, Double.NaN, 0, false, false, conflict);
        }
        double delta = current.value() - base.value();
        boolean lessBetter = base.test().lessBetter();
        boolean improved = lessBetter ? delta < 0 : delta > 0;
        Summary a = base.tested();
        Summary b = current.tested();
        double meanDelta = b.mean() - a.mean();
        boolean meansAgree = Math.signum(meanDelta) == Math.signum(delta);
        double p = WelchTest.fromSummaries(a.mean(), a.stddev(), a.count(), b.mean(), b.stddev(), b.count())
                .map(WelchTest.Result::p).orElse(Double.NaN);
        return new Draft(against, null, percent, p, delta, meansAgree, improved, conflict);
    }

    /** Step 2: corrects the p-values of one family (one pair of jobs over all rows) in place. */
    static void adjust(List<Draft> family, MultipleTesting correction) {
        if (correction == MultipleTesting.NONE) {
            return;
        }
        double[] p = family.stream().filter(Draft::tested).mapToDouble(d -> d.p).toArray();
        double[] adjusted = BenjaminiHochberg.adjust(p);
        int i = 0;
        for (Draft d : family) {
            if (d.tested()) {
                d.pAdjusted = adjusted[i++];
            }
        }
    }

    /** Step 3: the verdict. */
    static Diff judge(Draft d, ComparisonOptions options) {
        return new Diff(d.against, optional(d.percent), optional(d.p), optional(d.pAdjusted), verdict(d, options),
                d.directionConflict);
    }

    private static Verdict verdict(Draft d, ComparisonOptions options) {
        if (d.fixed != null) {
            return d.fixed;
        }
        if (d.tested()) {
            boolean significant = d.pAdjusted < options.alpha() && d.delta != 0 && d.meansAgree;
            if (!significant) {
                return Verdict.NO_SIGNIFICANT_CHANGE;
            }
            return d.improved ? Verdict.BETTER : Verdict.WORSE;
        }
        if (!Double.isNaN(d.percent) && d.delta != 0 && Math.abs(d.percent) >= options.likelyThresholdPercent()) {
            return d.improved ? Verdict.LIKELY_BETTER : Verdict.LIKELY_WORSE;
        }
        return Verdict.NO_VARIANCE_INFORMATION;
    }

    private static OptionalDouble optional(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
