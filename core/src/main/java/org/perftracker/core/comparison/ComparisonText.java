package org.perftracker.core.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Renders a {@link Comparison} as text: a plain table aligned with spaces for a terminal ({@code pt compare}), or
 * Markdown for a pull-request comment.
 *
 * <p>One row per test, one value column per job and, for every job after the first, its change from the baseline
 * and (from the third job on) from the previous job. Values have three significant digits and, for averages, the
 * relative 95% confidence half-width; changes are signed with a verdict word: "+4.2% worse", "-3.1% better",
 * "+0.4% n.s.", "+7.0% likely worse". A "*" marks jobs that disagree on less-is-better. Plain output:
 * <pre>
 * Nightly perf: 1.0 vs 1.1
 *
 * #1: 1.0  job 17  Nightly perf 1.0  webapp 1.0
 * #2: 1.1  job 18  Nightly perf 1.1  webapp 1.1
 *
 * Test                     Unit       #1: 1.0    #2: 1.1             #2 vs #1
 * Throughput
 *   Home page [2 clients]  pages/s  111 ±2.2%  121 ±2.1%         +9.0% better
 * Latency
 *   Login                  ms              42         50  +19.0% likely worse
 *
 * 2 tests: 1 improvement, 1 likely regression.
 * Values: averages ± 95% confidence interval. Significance: ...
 * </pre>
 */
public final class ComparisonText {
    private static final String MISSING = "-";

    private ComparisonText() {
    }

    public static String plain(Comparison comparison) {
        return plain(comparison, row -> true);
    }

    /** @param rows which rows to show, e.g. {@code r -> r.verdict() == RowVerdict.REGRESSION} */
    public static String plain(Comparison comparison, Predicate<Row> rows) {
        StringBuilder out = new StringBuilder(comparison.title()).append("\n\n");
        for (JobColumn job : comparison.jobs()) {
            out.append(String.join("  ", job.legend(), "job " + job.id(), job.title(), product(job)).strip())
                    .append('\n');
        }
        List<String[]> table = new ArrayList<>();
        table.add(header(comparison));
        for (Group g : comparison.groups()) {
            List<String[]> lines = groupLines(comparison, g, rows, false);
            if (!lines.isEmpty()) {
                table.add(new String[] {groupName(g)});
                table.addAll(lines);
            }
        }
        out.append('\n').append(TextTable.aligned(table, firstNumericColumn()));
        return out.append('\n').append(footer(comparison)).append('\n').toString();
    }

    public static String markdown(Comparison comparison) {
        return markdown(comparison, row -> true);
    }

    /** @param rows which rows to show */
    public static String markdown(Comparison comparison, Predicate<Row> rows) {
        StringBuilder out = new StringBuilder("### ").append(TextTable.escape(comparison.title())).append("\n\n");
        for (JobColumn job : comparison.jobs()) {
            out.append("- **").append(TextTable.escape(job.legend())).append("**: job ").append(job.id());
            if (!job.title().isBlank()) {
                out.append(", ").append(TextTable.escape(job.title()));
            }
            if (!product(job).isEmpty()) {
                out.append(", ").append(TextTable.escape(product(job)));
            }
            out.append('\n');
        }
        for (Group g : comparison.groups()) {
            List<String[]> lines = groupLines(comparison, g, rows, true);
            if (!lines.isEmpty()) {
                out.append("\n#### ").append(TextTable.escape(groupName(g))).append("\n\n");
                String[] header = header(comparison);
                for (int i = 0; i < header.length; i++) {
                    header[i] = TextTable.escape(header[i]);
                }
                out.append(TextTable.markdown(header, lines, firstNumericColumn()));
            }
        }
        return out.append('\n').append('_').append(footer(comparison).replace("\n", "_\n_")).append("_\n")
                .toString();
    }

    private static int firstNumericColumn() {
        return 2;
    }

    private static String[] header(Comparison c) {
        List<String> h = new ArrayList<>(List.of("Test", "Unit"));
        for (int k = 0; k < c.jobs().size(); k++) {
            h.add(c.jobs().get(k).legend());
            if (k >= 1) {
                h.add("#" + (k + 1) + " vs #1");
            }
            if (k >= 2) {
                h.add("#" + (k + 1) + " vs #" + k);
            }
        }
        return h.toArray(String[]::new);
    }

    /** @param markdown true for Markdown cells: escaped, significant changes in bold */
    private static List<String[]> groupLines(Comparison c, Group g, Predicate<Row> keep, boolean markdown) {
        List<String[]> lines = new ArrayList<>();
        for (Section s : g.sections()) {
            for (Row r : s.rows()) {
                if (keep.test(r)) {
                    lines.add(line(c, r, markdown));
                }
            }
        }
        return lines;
    }

    private static String[] line(Comparison c, Row r, boolean markdown) {
        List<String> cells = new ArrayList<>();
        String test = r.category().isEmpty() ? r.tag() : r.tag() + " [" + r.category() + "]";
        cells.add(markdown ? TextTable.escape(test) : "  " + test);
        cells.add(markdown ? TextTable.escape(r.metrics()) : r.metrics());
        for (Cell cell : r.cells()) {
            String value = value(cell, c.options().values());
            cells.add(markdown ? TextTable.escape(value) : value);
            for (Diff d : cell.diffs()) {
                String change = change(d);
                cells.add(!markdown ? change : d.verdict().significant() ? "**" + TextTable.escape(change) + "**"
                        : TextTable.escape(change));
            }
        }
        return cells.toArray(String[]::new);
    }

    static String value(Cell cell, ValueKind kind) {
        return switch (cell.state()) {
            case MISSING -> MISSING;
            case NO_SCORES -> "no scores";
            case FAILED -> failed(cell);
            case MEASURED -> measured(cell, kind);
        };
    }

    /** "30 (2 errors)", "30 (failed)", or without a score "2 errors", "failed". */
    private static String failed(Cell cell) {
        String why = cell.errors() == 0 ? "failed" : cell.errors() + (cell.errors() == 1 ? " error" : " errors");
        return cell.value().isPresent() ? SignificantDigits.format(cell.value().getAsDouble()) + " (" + why + ")"
                : why;
    }

    private static String measured(Cell cell, ValueKind kind) {
        double v = cell.value().orElseThrow();
        String text = SignificantDigits.format(v);
        if (kind == ValueKind.AVERAGE && cell.n() > 1 && v != 0) {
            text += " " + SignificantDigits.plusMinusPercent(100 * cell.spread() / Math.abs(v));
        }
        return text;
    }

    static String change(Diff d) {
        String text = switch (d.verdict()) {
            case MISSING, FAILED -> d.verdict().label();
            default -> (d.percent().isPresent() ? SignificantDigits.percent(d.percent().getAsDouble()) : "n/a")
                    + " " + d.verdict().label();
        };
        return d.directionConflict() ? text + " *" : text;
    }

    private static String footer(Comparison c) {
        ComparisonOptions o = c.options();
        StringBuilder b = new StringBuilder(counts(c.counts()));
        if (c.hiddenRows() > 0) {
            b.append("; ").append(c.hiddenRows()).append(" hidden by the test filter ").append(o.tests());
        }
        b.append(".\nValues: ").append(switch (o.values()) {
            case AVERAGE -> "averages ± 95% confidence interval";
            case MIN -> "minimums";
            case MAX -> "maximums";
        }).append(". Significance: Welch's t-test of the means, α = ").append(o.alpha());
        if (o.multipleTesting() == MultipleTesting.BENJAMINI_HOCHBERG) {
            b.append(" after Benjamini-Hochberg correction");
        }
        b.append("; with a single score on a side a change of at least ")
                .append(SignificantDigits.format(o.likelyThresholdPercent())).append("% is \"likely\".");
        boolean conflict = c.groups().stream().flatMap(g -> g.sections().stream()).flatMap(s -> s.rows().stream())
                .flatMap(r -> r.cells().stream()).flatMap(cell -> cell.diffs().stream())
                .anyMatch(Diff::directionConflict);
        if (conflict) {
            b.append("\n* the two jobs disagree on whether less is better; the earlier job's direction is used.");
        }
        return b.toString();
    }

    private static String counts(RowCounts n) {
        List<String> parts = new ArrayList<>();
        add(parts, n.failed(), "failed");
        add(parts, n.regressions(), n.regressions() == 1 ? "regression" : "regressions");
        add(parts, n.improvements(), n.improvements() == 1 ? "improvement" : "improvements");
        add(parts, n.likelyRegressions(), n.likelyRegressions() == 1 ? "likely regression" : "likely regressions");
        add(parts, n.likelyImprovements(), n.likelyImprovements() == 1 ? "likely improvement"
                : "likely improvements");
        add(parts, n.missing(), "missing in a job");
        add(parts, n.noVarianceInformation(), "without variance information");
        add(parts, n.noSignificantChange(), "without significant change");
        return n.total() + (n.total() == 1 ? " test" : " tests") + (parts.isEmpty() ? "" : ": "
                + String.join(", ", parts));
    }

    private static void add(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(n + " " + what);
        }
    }

    private static String product(JobColumn job) {
        return (job.productName().strip() + " " + job.productVersion().strip()).strip();
    }

    private static String groupName(Group g) {
        return g.name().isEmpty() ? "(no group)" : g.name();
    }
}
