package org.perftracker.core.comparison;

import java.util.List;

/** The {@link RowVerdict} of a row: its most important verdict against the baseline, failures first. */
final class RowVerdicts {
    private RowVerdicts() {
    }

    static RowVerdict of(List<Cell> cells) {
        boolean[] seen = new boolean[Verdict.values().length];
        boolean missing = false;
        for (Cell c : cells) {
            if (c.state() == CellState.FAILED) {
                return RowVerdict.FAILED;
            }
            missing |= c.state() == CellState.MISSING || c.state() == CellState.NO_SCORES;
            for (Diff d : c.diffs()) {
                if (d.against() == 0) {
                    seen[d.verdict().ordinal()] = true;
                }
            }
        }
        if (seen[Verdict.WORSE.ordinal()]) {
            return RowVerdict.REGRESSION;
        }
        if (seen[Verdict.BETTER.ordinal()]) {
            return RowVerdict.IMPROVEMENT;
        }
        if (seen[Verdict.LIKELY_WORSE.ordinal()]) {
            return RowVerdict.LIKELY_REGRESSION;
        }
        if (seen[Verdict.LIKELY_BETTER.ordinal()]) {
            return RowVerdict.LIKELY_IMPROVEMENT;
        }
        if (missing) {
            return RowVerdict.MISSING;
        }
        if (seen[Verdict.NO_VARIANCE_INFORMATION.ordinal()]) {
            return RowVerdict.NO_VARIANCE_INFORMATION;
        }
        return RowVerdict.NO_SIGNIFICANT_CHANGE;
    }
}
