package org.perftracker.server.comparison;

import java.util.ArrayList;
import java.util.List;
import org.perftracker.core.comparison.ChartKind;
import org.perftracker.core.comparison.Comparison;
import org.perftracker.core.comparison.Group;
import org.perftracker.core.comparison.Section;

/**
 * How the comparison page is cut into parts that the browser loads as they scroll into view, so that a comparison
 * of 5,000 tests shows its first sections at once and never holds every table in the page.
 *
 * <p>A part is consecutive whole sections of one group, at most {@link #PART_ROWS} rows and {@link #PART_SECTIONS}
 * sections (a larger section is a part of its own). The page holds every group's heading and, per part, a
 * placeholder as tall as the part is expected to be (so that nothing moves when it arrives); the first part comes
 * with the page, and so does everything when the whole comparison is small ({@link #INLINE_ROWS} rows and
 * {@link #INLINE_SECTIONS} sections or fewer). Parts are numbered from 0 across the page.
 *
 * <p>Example: 3 groups of 250 one-row sections → 3 × 13 parts of up to 20 sections; part 0 comes with the page.
 */
public record PagePlan(List<GroupPart> groups, int parts) {
    static final int PART_ROWS = 100;
    static final int PART_SECTIONS = 20;
    static final int INLINE_ROWS = 150;
    static final int INLINE_SECTIONS = 30;
    /** Estimated heights in CSS pixels (see pt.css: .cmp-section, .cmp-chart, .cmp-table). */
    static final int SECTION_PX = 40;
    static final int CHART_PX = 280;
    static final int TABLE_HEAD_PX = 56;
    static final int ROW_PX = 26;
    static final int CLOSED_TABLE_PX = 28;

    public PagePlan {
        groups = List.copyOf(groups);
    }

    /**
     * A group and its parts.
     *
     * @param anchor the group's position in the whole comparison (its anchor {@code #g-<anchor>}), stable whatever
     *     the filter hides
     */
    public record GroupPart(int anchor, Group group, int rows, List<Part> parts) {
        public GroupPart {
            parts = List.copyOf(parts);
        }

        /** @return how many test cases (sections) the group shows */
        public int sections() {
            return group.sections().size();
        }
    }

    /**
     * Some sections of a group.
     *
     * @param number the part's number on the page, from 0
     * @param inline whether the part comes with the page
     * @param heightPx the height the part is expected to take
     */
    public record Part(int number, List<Section> sections, int rows, boolean inline, int heightPx) {
        public Part {
            sections = List.copyOf(sections);
        }

        /** @return the sections' ids, separated by spaces: the page finds a linked section's part with them */
        public String sectionIds() {
            StringBuilder b = new StringBuilder();
            sections.forEach(s -> b.append(b.length() == 0 ? "" : " ").append(s.id()));
            return b.toString();
        }
    }

    /**
     * @param whole the whole comparison, for the groups' anchors
     * @param shown what the page shows of it (filtered)
     * @param everything true to have every part come with the page (one group shown alone: the page's way to
     *     show all of a group without a script)
     */
    static PagePlan of(Comparison whole, Comparison shown, boolean everything) {
        List<String> names = whole.groups().stream().map(Group::name).toList();
        int totalRows = 0;
        int totalSections = 0;
        for (Group g : shown.groups()) {
            totalSections += g.sections().size();
            totalRows += g.sections().stream().mapToInt(s -> s.rows().size()).sum();
        }
        boolean allInline = everything || totalRows <= INLINE_ROWS && totalSections <= INLINE_SECTIONS;
        List<GroupPart> groups = new ArrayList<>();
        int number = 0;
        for (Group g : shown.groups()) {
            List<Part> parts = new ArrayList<>();
            List<Section> current = new ArrayList<>();
            int rows = 0;
            int groupRows = 0;
            for (Section s : g.sections()) {
                int n = s.rows().size();
                if (!current.isEmpty() && (rows + n > PART_ROWS || current.size() == PART_SECTIONS)) {
                    parts.add(part(number, current, rows, allInline || number == 0));
                    number++;
                    current = new ArrayList<>();
                    rows = 0;
                }
                current.add(s);
                rows += n;
                groupRows += n;
            }
            parts.add(part(number, current, rows, allInline || number == 0));
            number++;
            groups.add(new GroupPart(Math.max(0, names.indexOf(g.name())), g, groupRows, parts));
        }
        return new PagePlan(groups, number);
    }

    /** @return the part with this number, if the plan has it */
    java.util.Optional<Part> part(int number) {
        return groups.stream().flatMap(g -> g.parts().stream()).filter(p -> p.number() == number).findFirst();
    }

    private static Part part(int number, List<Section> sections, int rows, boolean inline) {
        int height = 0;
        for (Section s : sections) {
            height += SECTION_PX + (s.chart().kind() == ChartKind.NONE ? 0 : CHART_PX)
                    + (s.tableShown() ? TABLE_HEAD_PX + ROW_PX * s.rows().size() : CLOSED_TABLE_PX);
        }
        return new Part(number, sections, rows, inline, height);
    }
}
