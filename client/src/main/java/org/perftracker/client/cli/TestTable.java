package org.perftracker.client.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

/**
 * Prints tests for people: a heading per group and category, then one line per test with its mean score
 * (3 significant digits, thousands separated), unit, number of iterations and problems.
 * <pre>
 * http://127.0.0.1:9000/api/health · 4 clients
 *   Requests per second      1,230 requests/s   × 3
 *   Latency p99                 12 ms           × 3   2 errors
 * </pre>
 */
public final class TestTable {
    private TestTable() {
    }

    public static void print(PrintWriter out, List<TestResult> tests) {
        int tagWidth = Math.min(40, tests.stream().mapToInt(t -> t.tag().length()).max().orElse(0));
        String heading = null;
        for (TestResult t : tests) {
            String h = t.group() + (t.category().isEmpty() ? "" : " · " + t.category());
            if (!Objects.equals(h, heading)) {
                heading = h;
                out.println(h.isEmpty() ? "(no group)" : h);
            }
            out.println(row(t, tagWidth));
        }
        out.flush();
    }

    static String row(TestResult t, int tagWidth) {
        String tag = t.tag().length() > tagWidth ? t.tag().substring(0, tagWidth - 1) + "…" : t.tag();
        String score = t.scores().isEmpty() ? "-" : number(mean(t.scores()));
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + tagWidth + "s  %10s %-14s",
                tag, score, t.metrics()));
        if (t.scores().size() > 1) {
            row.append(" × ").append(t.scores().size());
        }
        if (t.status() != TestStatus.SUCCESS) {
            row.append("  ").append(t.status());
        }
        if (t.errors() > 0) {
            row.append("  ").append(t.errors()).append(t.errors() == 1 ? " error" : " errors");
        }
        return row.toString().stripTrailing();
    }

    /** @return the value with 3 significant digits and thousands separated: 1234.5 → "1,230", 0.01234 → "0.0123" */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(rounded);
    }

    private static double mean(List<Double> scores) {
        return scores.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
