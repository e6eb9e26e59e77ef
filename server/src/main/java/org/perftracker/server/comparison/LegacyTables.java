package org.perftracker.server.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perftracker.core.comparison.Cell;
import org.perftracker.core.comparison.Comparison;
import org.perftracker.core.comparison.Diff;
import org.perftracker.core.comparison.Group;
import org.perftracker.core.comparison.Row;
import org.perftracker.core.comparison.Section;
import org.perftracker.core.comparison.SignificantDigits;
import org.perftracker.core.comparison.Verdict;

/**
 * Section tables in the reference's format, for scripts written against its {@code …/comparison/<id>/tables}:
 * {@code {"<section id>": {"table_data": [["", id, seq, title, score, "±%", errors, "pct sig", …]], …}}}, where
 * each later job's cells end with its changes against the baseline and the previous job as {@code "<percent>
 * <1|-1|0>"} (better, worse, not significant). Numbers follow our statistics, not the reference's.
 */
final class LegacyTables {
    private static final int PAGEABLE_ROWS = 20;

    private LegacyTables() {
    }

    /** Tables of the sections; all of them when {@code sectionId} is null. */
    static Map<String, Object> of(Comparison c, Long sectionId) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Group g : c.groups()) {
            for (Section s : g.sections()) {
                if (sectionId != null && s.id() != sectionId) {
                    continue;
                }
                List<List<Object>> rows = new ArrayList<>();
                s.rows().forEach(r -> rows.add(row(r)));
                boolean mixed = s.rows().stream().map(Row::tag).distinct().count() > 1;
                Map<String, Object> table = new LinkedHashMap<>();
                table.put("table_data", rows);
                table.put("table_type", 2);
                table.put("pageable", rows.size() > PAGEABLE_ROWS ? 1 : 0);
                table.put("add_title", mixed ? 0 : 1);
                if (!mixed) {
                    table.put("title", s.title());
                }
                out.put(String.valueOf(s.id()), table);
            }
        }
        return out;
    }

    private static List<Object> row(Row r) {
        List<Object> cells = new ArrayList<>(List.of("", r.id(), r.id(), r.title()));
        for (Cell cell : r.cells()) {
            if (cell.value().isPresent()) {
                double v = cell.value().getAsDouble();
                cells.add(SignificantDigits.format(v));
                cells.add(v == 0 ? 0 : Math.round(100 * cell.spread() / Math.abs(v)));
            } else {
                cells.add("-");
                cells.add("-");
            }
            List<String> errors = new ArrayList<>();
            if (cell.errors() > 0) {
                errors.add(cell.errors() + " errors");
            }
            if (cell.status() == org.perftracker.core.upload.TestStatus.FAILED) {
                errors.add("FAILED");
            }
            cells.add(String.join(", ", errors));
            for (Diff d : cell.diffs()) {
                String pct = d.percent().isPresent() ? String.valueOf(Math.round(d.percent().getAsDouble())) : "-";
                int sig = d.verdict() == Verdict.BETTER ? 1 : d.verdict() == Verdict.WORSE ? -1 : 0;
                cells.add(pct + " " + sig);
            }
        }
        return cells;
    }
}
