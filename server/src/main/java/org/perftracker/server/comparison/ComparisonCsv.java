package org.perftracker.server.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.perftracker.core.comparison.Cell;
import org.perftracker.core.comparison.Comparison;
import org.perftracker.core.comparison.Diff;
import org.perftracker.core.comparison.Group;
import org.perftracker.core.comparison.JobColumn;
import org.perftracker.core.comparison.Row;
import org.perftracker.core.comparison.Section;

/**
 * A comparison as CSV: one line per row (test), with each job's value, spread, number of scores and status, and
 * each later job's change against the baseline (percent, adjusted p-value, verdict). Numbers are plain, with a
 * dot, so that spreadsheets read them.
 */
final class ComparisonCsv {
    private ComparisonCsv() {
    }

    static String of(Comparison c) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("group", "section", "tag", "category", "metrics", "less_better",
                "verdict"));
        for (int i = 0; i < c.jobs().size(); i++) {
            JobColumn job = c.jobs().get(i);
            String p = "job " + job.id();
            header.addAll(List.of(p + " value", p + " spread", p + " n", p + " status"));
            if (i > 0) {
                header.addAll(List.of(p + " change %", p + " p", p + " verdict"));
            }
        }
        line(out, header);
        for (Group g : c.groups()) {
            for (Section s : g.sections()) {
                for (Row r : s.rows()) {
                    line(out, row(g, s, r));
                }
            }
        }
        return out.toString();
    }

    private static List<String> row(Group g, Section s, Row r) {
        List<String> cells = new ArrayList<>(List.of(g.name(), s.title(), r.tag(), r.category(), r.metrics(),
                String.valueOf(r.lessBetter()), r.verdict().name().toLowerCase(Locale.ROOT)));
        for (int i = 0; i < r.cells().size(); i++) {
            Cell cell = r.cells().get(i);
            cells.add(cell.value().isPresent() ? number(cell.value().getAsDouble()) : "");
            cells.add(cell.value().isPresent() ? number(cell.spread()) : "");
            cells.add(String.valueOf(cell.n()));
            cells.add(cell.state().name().toLowerCase(Locale.ROOT));
            if (i > 0) {
                Diff base = cell.diffs().isEmpty() ? null : cell.diffs().get(0);
                cells.add(base != null && base.percent().isPresent() ? number(base.percent().getAsDouble()) : "");
                cells.add(base != null && base.pAdjusted().isPresent() ? number(base.pAdjusted().getAsDouble()) : "");
                cells.add(base == null ? "" : base.verdict().label());
            }
        }
        return cells;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets never run it as a formula. */
    static String quote(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+(E-?[0-9]+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
