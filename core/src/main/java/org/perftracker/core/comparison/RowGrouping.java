package org.perftracker.core.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the tests of the jobs into groups, sections and rows, in order of first appearance (jobs in comparison
 * order, each job's tests in its order), matching tests across jobs by exact (group, tag, category).
 *
 * <p>Example: job 1 has tests (g, a, "1"), (g, b, ""); job 2 has (g, a, "2"), (g, a, "1"), (h, c, "") → group g with
 * section "a" (rows "1", "2") and section "Tests results" (row b), then group h with section "Tests results"
 * (row c). Row "1" holds a test of both jobs, row "2" only of job 2 (job 1's cell will be missing).
 */
final class RowGrouping {
    private RowGrouping() {
    }

    /** A row before it is measured: the test of each job, null where the job has none. */
    record RowDraft(String group, String tag, String category, ComparedTest[] tests) {
        ComparedTest first() {
            for (ComparedTest t : tests) {
                if (t != null) {
                    return t;
                }
            }
            throw new IllegalStateException("a row holds at least one test");
        }
    }

    record SectionDraft(String tag, boolean uncategorised, List<RowDraft> rows) {
    }

    record GroupDraft(String name, List<SectionDraft> sections) {
    }

    /** The grouped rows that pass the filter, and how many rows the filter hid. */
    record Grouped(List<GroupDraft> groups, int hiddenRows) {
    }

    private record TestKey(String group, String tag, String category) {
    }

    private record SectionKey(String tag, boolean uncategorised) {
    }

    static Grouped group(List<ComparedJob> jobs, TestFilter filter) {
        Map<String, Map<SectionKey, List<RowDraft>>> groups = new LinkedHashMap<>();
        Map<TestKey, RowDraft> rows = new HashMap<>();
        for (int j = 0; j < jobs.size(); j++) {
            for (ComparedTest t : jobs.get(j).tests()) {
                TestKey key = new TestKey(t.group(), t.tag(), t.category());
                RowDraft row = rows.get(key);
                if (row == null) {
                    row = new RowDraft(t.group(), t.tag(), t.category(), new ComparedTest[jobs.size()]);
                    rows.put(key, row);
                    SectionKey section = new SectionKey(t.category().isEmpty() ? "" : t.tag(),
                            t.category().isEmpty());
                    groups.computeIfAbsent(t.group(), g -> new LinkedHashMap<>())
                            .computeIfAbsent(section, s -> new ArrayList<>()).add(row);
                } else if (row.tests()[j] != null) {
                    throw new IllegalArgumentException("job " + jobs.get(j).id() + " has two tests with group '"
                            + t.group() + "', tag '" + t.tag() + "' and category '" + t.category() + "'");
                }
                row.tests()[j] = t;
            }
        }
        return filter(groups, filter);
    }

    private static Grouped filter(Map<String, Map<SectionKey, List<RowDraft>>> groups, TestFilter filter) {
        List<GroupDraft> kept = new ArrayList<>(groups.size());
        int hidden = 0;
        for (Map.Entry<String, Map<SectionKey, List<RowDraft>>> g : groups.entrySet()) {
            List<SectionDraft> sections = new ArrayList<>(g.getValue().size());
            for (Map.Entry<SectionKey, List<RowDraft>> s : g.getValue().entrySet()) {
                List<RowDraft> rows = new ArrayList<>(s.getValue().size());
                for (RowDraft row : s.getValue()) {
                    if (passes(row, filter)) {
                        rows.add(row);
                    } else {
                        hidden++;
                    }
                }
                if (!rows.isEmpty()) {
                    sections.add(new SectionDraft(s.getKey().tag(), s.getKey().uncategorised(), rows));
                }
            }
            if (!sections.isEmpty()) {
                kept.add(new GroupDraft(g.getKey(), sections));
            }
        }
        return new Grouped(kept, hidden);
    }

    private static boolean passes(RowDraft row, TestFilter filter) {
        for (ComparedTest t : row.tests()) {
            if (t != null && !filter.keeps(t)) {
                return false;
            }
        }
        return true;
    }
}
