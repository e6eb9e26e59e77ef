package org.perftracker.server.comparison;

import org.perftracker.core.comparison.Cell;
import org.perftracker.core.comparison.CellState;
import org.perftracker.core.comparison.Diff;
import org.perftracker.core.comparison.JobColumn;
import org.perftracker.core.comparison.RowCounts;
import org.perftracker.core.comparison.SignificantDigits;
import org.perftracker.core.comparison.ValueKind;
import org.perftracker.core.comparison.Verdict;
import org.perftracker.server.page.Formats;

/**
 * What the cells of a comparison table say, in words that carry their meaning without colour, and the class that
 * colours them: red for worse and failed, green for better, grey for the rest; the "likely" verdicts (a single
 * score on a side) are lighter and dashed, so that they never read as a tested change.
 *
 * <p>Examples: a value {@code 121 pages/s} with spread {@code ±2.1%}; a change {@code +9.0%} with verdict word
 * {@code better} and class {@code v-better}; a failed cell {@code 30 ms, 2 errors ✗}; a missing one {@code missing}.
 */
public final class ComparisonCells {
    private ComparisonCells() {
    }

    /** @return the cell's value with its unit, e.g. {@code 1.23K requests/s}; its state in words when it has none */
    public static String value(Cell cell, String unit) {
        if (cell.value().isEmpty()) {
            return switch (cell.state()) {
                case MISSING -> "missing";
                case NO_SCORES -> "no scores";
                case FAILED, MEASURED -> failure(cell);
            };
        }
        return Formats.withUnit(cell.value().getAsDouble(), unit);
    }

    /**
     * @return the relative error bar of an average of several scores, e.g. {@code ±2.1%}; "" with a single score,
     *     with MIN or MAX values, or without a value
     */
    public static String spread(Cell cell, ValueKind kind) {
        if (kind != ValueKind.AVERAGE || cell.n() < 2 || cell.value().isEmpty() || cell.value().getAsDouble() == 0) {
            return "";
        }
        return SignificantDigits.plusMinusPercent(100 * cell.spread() / Math.abs(cell.value().getAsDouble()));
    }

    /** @return what went wrong with a failed cell, e.g. {@code 2 errors ✗}, {@code failed ✗}; "" otherwise */
    public static String failure(Cell cell) {
        if (cell.state() != CellState.FAILED) {
            return "";
        }
        return (cell.errors() == 0 ? "failed" : cell.errors() + (cell.errors() == 1 ? " error" : " errors")) + " ✗";
    }

    /** @return the class of a value cell: {@code failed} (red), {@code na} (grey: missing, no scores) or null */
    public static String valueClass(Cell cell) {
        return switch (cell.state()) {
            case FAILED -> "failed";
            case MISSING, NO_SCORES -> "na";
            case MEASURED -> null;
        };
    }

    /** @return the hover text of a value: how many scores and what the spread means */
    public static String valueTitle(Cell cell, ValueKind kind, String unit) {
        if (cell.value().isEmpty()) {
            return null;
        }
        String what = switch (kind) {
            case AVERAGE -> "mean";
            case MIN -> "minimum";
            case MAX -> "maximum";
        };
        String scores = cell.n() + (cell.n() == 1 ? " score" : " scores");
        if (kind == ValueKind.AVERAGE && cell.n() > 1) {
            return what + " of " + scores + ", 95% confidence interval ±" + Formats.withUnit(cell.spread(), unit);
        }
        // a single score's change is tested only when its upload reported a deviation and a sample count
        // (ReportedSpread); the change's own hover text says which it was
        return what + " of " + scores + (cell.n() == 1 ? ": no spread of its own" : "");
    }

    /**
     * @return the change in percent, signed, with at most one decimal as {@code pt compare} prints it: {@code +4.2%},
     *     {@code -13.1%}, {@code +0.1%}, {@code +123%}; "" when undefined
     */
    public static String percent(Diff d) {
        return d.percent().isPresent() ? SignificantDigits.percent(d.percent().getAsDouble()) : "";
    }

    /** @return the verdict in words, e.g. {@code worse}, {@code likely better}, {@code n.s.}, {@code no variance} */
    public static String word(Diff d) {
        return d.verdict().label();
    }

    /** @return the class that colours a change: v-worse, v-better, v-likely-worse, v-likely-better, v-failed, v-na */
    public static String verdictClass(Verdict v) {
        return switch (v) {
            case WORSE -> "v-worse";
            case BETTER -> "v-better";
            case LIKELY_WORSE -> "v-likely-worse";
            case LIKELY_BETTER -> "v-likely-better";
            case FAILED -> "v-failed";
            case NO_SIGNIFICANT_CHANGE, NO_VARIANCE_INFORMATION, MISSING -> "v-na";
        };
    }

    /** @return the hover text of a change: against which job, the p-value and what it was judged against */
    public static String diffTitle(Diff d, JobColumn against, double alpha) {
        StringBuilder b = new StringBuilder("vs ").append(against.legend());
        if (d.pAdjusted().isPresent()) {
            b.append(": p = ").append(Formats.number(d.pAdjusted().getAsDouble()));
            if (d.p().isPresent() && d.p().getAsDouble() != d.pAdjusted().getAsDouble()) {
                b.append(" adjusted (").append(Formats.number(d.p().getAsDouble())).append(" before correction)");
            }
            b.append(", α = ").append(Formats.number(alpha));
        } else {
            b.append(switch (d.verdict()) {
                case LIKELY_BETTER, LIKELY_WORSE, NO_VARIANCE_INFORMATION ->
                        ": a single score on a side, no variance information";
                case MISSING -> ": a side has no score";
                case FAILED -> ": a side failed";
                default -> "";
            });
        }
        if (d.directionConflict()) {
            b.append("; the jobs disagree on whether less is better, the earlier job's direction is used");
        }
        return b.toString();
    }

    /**
     * @return the counts of the comparison's rows in words, each with its class, e.g. {@code 2 regressions};
     *     only the non-zero ones, the bad first
     */
    public static java.util.List<Count> counts(RowCounts n) {
        java.util.List<Count> out = new java.util.ArrayList<>();
        add(out, n.failed(), "failed", "failed", "v-failed");
        add(out, n.regressions(), "regression", "regressions", "v-worse");
        add(out, n.improvements(), "improvement", "improvements", "v-better");
        add(out, n.likelyRegressions(), "likely regression", "likely regressions", "v-likely-worse");
        add(out, n.likelyImprovements(), "likely improvement", "likely improvements", "v-likely-better");
        add(out, n.missing(), "missing in a job", "missing in a job", "v-na");
        add(out, n.noVarianceInformation(), "without variance information", "without variance information", "v-na");
        add(out, n.noSignificantChange(), "without significant change", "without significant change", "v-na");
        return out;
    }

    /** A count of rows in words, e.g. {@code 2 regressions}, and its class. */
    public record Count(String text, String css) {
    }

    private static void add(java.util.List<Count> out, int n, String one, String many, String css) {
        if (n > 0) {
            out.add(new Count(Formats.count(n) + " " + (n == 1 ? one : many), css));
        }
    }
}
