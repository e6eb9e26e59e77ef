package org.perftracker.server.regression.page;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.perftracker.server.job.JobCells;
import org.perftracker.server.job.JobViews;
import org.perftracker.server.page.Formats;
import org.perftracker.server.regression.RegressionViews;
import org.perftracker.server.regression.TrendClass;
import org.perftracker.server.regression.alert.AlertState;

/**
 * Words, signs and styles of the regression and alert pages. Colour carries meaning only — red worse, green better,
 * grey unchanged or unknown — and never alone: every class, direction and state also reads as a word or sign.
 */
public final class RegressionCells {
    private RegressionCells() {
    }

    /** @return e.g. {@code Degradation > 10%} for {@code degradation_10} */
    public static String trendLabel(TrendClass c) {
        return switch (c) {
            case DEGRADATION_50 -> "Degradation > 50%";
            case DEGRADATION_10 -> "Degradation > 10%";
            case NONE -> "Within 10%";
            case IMPROVEMENT_10 -> "Improvement > 10%";
            case IMPROVEMENT_50 -> "Improvement > 50%";
        };
    }

    /** @return the sign that goes with the class: ▼▼ ▼ = ▲ ▲▲ */
    public static String trendSign(TrendClass c) {
        return switch (c) {
            case DEGRADATION_50 -> "▼▼";
            case DEGRADATION_10 -> "▼";
            case NONE -> "=";
            case IMPROVEMENT_10 -> "▲";
            case IMPROVEMENT_50 -> "▲▲";
        };
    }

    /** @return the style of a trend class: {@code bad} (worse), {@code good} (better) or {@code na} */
    public static String trendCss(TrendClass c) {
        return switch (c) {
            case DEGRADATION_50, DEGRADATION_10 -> "bad";
            case IMPROVEMENT_10, IMPROVEMENT_50 -> "good";
            case NONE -> "na";
        };
    }

    /**
     * @return how far a series moved from its baseline, in a sign and words: {@code ▼ +20% worse},
     *     {@code ▲ -15% better}, {@code = within 10%}
     */
    public static String trendText(RegressionViews.SeriesRow s) {
        TrendClass c = trend(s.trend());
        return switch (trendCss(c)) {
            case "bad" -> trendSign(c) + " " + Formats.signedPercent(s.trendChangePct()) + " worse";
            case "good" -> trendSign(c) + " " + Formats.signedPercent(s.trendChangePct()) + " better";
            default -> "= within 10%";
        };
    }

    public static TrendClass trend(String word) {
        return TrendClass.parse(word).orElse(TrendClass.NONE);
    }

    /** @return {@code ▼ worse} for a regression, {@code ▲ better} for an improvement */
    public static String directionWord(String direction) {
        return "regression".equals(direction) ? "▼ worse" : "▲ better";
    }

    /** @return {@code bad} for a regression, {@code good} for an improvement */
    public static String directionCss(String direction) {
        return "regression".equals(direction) ? "bad" : "good";
    }

    /** @return a state as people say it: {@code accepted_as_baseline} → {@code accepted as baseline} */
    public static String stateLabel(String state) {
        return state.replace('_', ' ');
    }

    /** @return whether an alert in this state still waits for someone (new or acknowledged) */
    public static boolean isOpen(String state) {
        return AlertState.parse(state).map(AlertState::isOpen).orElse(false);
    }

    /** @return {@code 1 series}, {@code 3 series}: a count with its noun, singular or plural */
    public static String count(long n, String one, String many) {
        return Formats.count(n) + " " + (n == 1 ? one : many);
    }

    /** @return the test of a series as the pages name it: its tag, and its category in braces when it has one */
    public static String testName(String tag, String category) {
        return JobCells.testName(tag, category);
    }

    /** @return the time from the first job's end to the last one's, e.g. {@code 19h 00m}; n/a without both */
    public static String timeRange(JobViews.JobRow first, JobViews.JobRow last) {
        if (first == null || last == null) {
            return Formats.NOT_AVAILABLE;
        }
        try {
            Duration d = Duration.between(Instant.parse(first.end()), Instant.parse(last.end()));
            return Formats.duration(Math.max(0, d.toMillis()) / 1000.0);
        } catch (DateTimeParseException e) {
            return Formats.NOT_AVAILABLE;
        }
    }

    /** @return a build as the pages show it: the product version, or the job when it has none */
    public static String build(String productVer, long jobId) {
        return productVer == null || productVer.isEmpty() ? "job #" + jobId : productVer;
    }
}
