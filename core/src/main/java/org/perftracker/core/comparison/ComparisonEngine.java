package org.perftracker.core.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.perftracker.core.comparison.RowGrouping.GroupDraft;
import org.perftracker.core.comparison.RowGrouping.Grouped;
import org.perftracker.core.comparison.RowGrouping.RowDraft;
import org.perftracker.core.comparison.RowGrouping.SectionDraft;

/**
 * Computes a {@link Comparison} in two passes: the first measures every cell and every change and collects the
 * p-values of each pair of jobs, which are then corrected together; the second judges the changes and builds the
 * records, charts included.
 */
final class ComparisonEngine {
    private final List<ComparedJob> jobs;
    private final ComparisonOptions options;
    private final List<List<Significance.Draft>> families;

    /** A row measured, its changes not yet judged: drafts[k] are job k's changes (against 0, then k − 1). */
    private record MeasuredRow(RowDraft row, Measurement[] cells, Significance.Draft[][] drafts) {
    }

    private ComparisonEngine(List<ComparedJob> jobs, ComparisonOptions options) {
        this.jobs = jobs;
        this.options = options;
        int n = jobs.size();
        this.families = new ArrayList<>(n * n);
        for (int i = 0; i < n * n; i++) {
            families.add(new ArrayList<>());
        }
    }

    static Comparison compute(String title, List<ComparedJob> jobs, ComparisonOptions options) {
        List<ComparedJob> ordered = List.copyOf(jobs);
        ComparisonEngine engine = new ComparisonEngine(ordered, options);
        Grouped grouped = RowGrouping.group(ordered, options.tests());
        List<List<List<MeasuredRow>>> measured = engine.measure(grouped.groups());
        engine.families.forEach(f -> Significance.adjust(f, options.multipleTesting()));
        List<String> legends = ComparisonTitle.legends(ordered);
        List<RowVerdict> verdicts = new ArrayList<>();
        List<Group> groups = new ArrayList<>(measured.size());
        for (int g = 0; g < measured.size(); g++) {
            GroupDraft draft = grouped.groups().get(g);
            List<Section> sections = new ArrayList<>(draft.sections().size());
            for (int s = 0; s < draft.sections().size(); s++) {
                sections.add(engine.section(draft.sections().get(s), measured.get(g).get(s), legends, verdicts));
            }
            groups.add(new Group(draft.name(), sections));
        }
        List<JobColumn> columns = new ArrayList<>(ordered.size());
        for (int j = 0; j < ordered.size(); j++) {
            ComparedJob job = ordered.get(j);
            columns.add(new JobColumn(job.id(), job.title(), job.productName(), job.productVersion(),
                    legends.get(j)));
        }
        String shown = title == null || title.isBlank() ? ComparisonTitle.of(ordered) : title.strip();
        return new Comparison(shown, options, columns, groups, RowCounts.of(verdicts), grouped.hiddenRows());
    }

    private List<List<List<MeasuredRow>>> measure(List<GroupDraft> groups) {
        List<List<List<MeasuredRow>>> measured = new ArrayList<>(groups.size());
        for (GroupDraft g : groups) {
            List<List<MeasuredRow>> sections = new ArrayList<>(g.sections().size());
            for (SectionDraft s : g.sections()) {
                List<MeasuredRow> rows = new ArrayList<>(s.rows().size());
                s.rows().forEach(r -> rows.add(measure(r)));
                sections.add(rows);
            }
            measured.add(sections);
        }
        return measured;
    }

    private MeasuredRow measure(RowDraft row) {
        int n = jobs.size();
        Measurement[] cells = new Measurement[n];
        for (int j = 0; j < n; j++) {
            cells[j] = Measurement.of(row.tests()[j], options.values());
        }
        Significance.Draft[][] drafts = new Significance.Draft[n][];
        drafts[0] = new Significance.Draft[0];
        for (int k = 1; k < n; k++) {
            drafts[k] = k == 1 ? new Significance.Draft[] {draft(cells, k, 0)}
                    : new Significance.Draft[] {draft(cells, k, 0), draft(cells, k, k - 1)};
        }
        return new MeasuredRow(row, cells, drafts);
    }

    private Significance.Draft draft(Measurement[] cells, int job, int against) {
        Significance.Draft d = Significance.measure(against, cells[against], cells[job]);
        families.get(job * jobs.size() + against).add(d);
        return d;
    }

    private Section section(SectionDraft draft, List<MeasuredRow> measured, List<String> legends,
            List<RowVerdict> verdicts) {
        List<Row> rows = new ArrayList<>(measured.size());
        for (MeasuredRow m : measured) {
            Row row = row(m);
            verdicts.add(row.verdict());
            rows.add(row);
        }
        Chart chart = ChartPlanner.chart(rows, legends, options);
        String title = draft.uncategorised() ? Section.UNCATEGORISED_TITLE : draft.tag();
        return new Section(rows.get(0).id(), title, draft.tag(), chart,
                ChartPlanner.tableShown(chart, rows.size(), options.tables()), rows);
    }

    private Row row(MeasuredRow m) {
        List<Cell> cells = new ArrayList<>(m.cells().length);
        for (int j = 0; j < m.cells().length; j++) {
            List<Diff> diffs = new ArrayList<>(m.drafts()[j].length);
            for (Significance.Draft d : m.drafts()[j]) {
                diffs.add(Significance.judge(d, options));
            }
            cells.add(cell(m.cells()[j], diffs));
        }
        ComparedTest first = m.row().first();
        String title = first.category().isEmpty() ? first.tag() : first.category();
        return new Row(first.id(), first.tag(), first.category(), title, first.metrics(), first.lessBetter(),
                RowVerdicts.of(cells), cells);
    }

    private static Cell cell(Measurement m, List<Diff> diffs) {
        ComparedTest t = m.test();
        if (t == null) {
            return new Cell(0, CellState.MISSING, null, 0, 0, OptionalDouble.empty(), 0, 0, diffs);
        }
        OptionalDouble value = m.hasValue() ? OptionalDouble.of(m.value()) : OptionalDouble.empty();
        return new Cell(t.id(), m.state(), t.status(), t.errors(), t.warnings(), value, m.spread(), m.stats().count(),
                diffs);
    }
}
