package org.perftracker.server.regression.alert;

import java.util.Locale;

/**
 * The one line that names an alert, e.g. {@code login latency +18% (p < 0.001) since build 1.4.0-512}: the test
 * (its tag, and its category in braces when it has one), the signed change (whole percent from 10% on, one decimal
 * below), the p-value, and the first build after the shift (its job id when it has no product version).
 */
public final class AlertSummary {
    private AlertSummary() {
    }

    public static String of(String tag, String category, Double changePct, double pValue, String build, long jobId) {
        String test = category.isEmpty() ? tag : tag + " {" + category + "}";
        String since = build.isEmpty() ? "since job " + jobId : "since build " + build;
        return test + " " + percent(changePct) + " (" + p(pValue) + ") " + since;
    }

    /** @return e.g. {@code +18%}, {@code -4.2%}, or {@code from 0} when the level before was 0 */
    public static String percent(Double changePct) {
        if (changePct == null) {
            return "from 0";
        }
        double abs = Math.abs(changePct);
        return String.format(Locale.ROOT, abs >= 9.95 ? "%+.0f%%" : abs >= 0.995 ? "%+.1f%%" : "%+.2f%%", changePct);
    }

    /** @return {@code p < 0.001}, or e.g. {@code p = 0.004} */
    public static String p(double pValue) {
        return pValue < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", pValue);
    }
}
