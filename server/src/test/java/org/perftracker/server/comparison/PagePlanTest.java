package org.perftracker.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perftracker.core.comparison.Comparison;

class PagePlanTest {
    /** {@code groups} groups of {@code tags} sections of {@code categories} rows each, two jobs. */
    private static Comparison comparison(int groups, int tags, int categories) {
        Compared base = Compared.job(1, "Nightly 1.0");
        Compared next = Compared.job(2, "Nightly 1.1");
        for (int g = 0; g < groups; g++) {
            for (int t = 0; t < tags; t++) {
                for (int c = 0; c < categories; c++) {
                    base.test("g" + g, "t" + t, (c + 1) + " clients", 10, 11, 12);
                    next.test("g" + g, "t" + t, (c + 1) + " clients", 10, 11, 12);
                }
            }
        }
        return Compared.compare(base, next);
    }

    private static List<Integer> sizes(PagePlan plan) {
        return plan.groups().stream().flatMap(g -> g.parts().stream()).map(p -> p.sections().size()).toList();
    }

    @Test
    void a_small_comparison_comes_whole_with_the_page() {
        Comparison c = comparison(2, 3, 4);
        PagePlan plan = PagePlan.of(c, c, false);
        assertThat(plan.parts()).isEqualTo(2);
        assertThat(plan.groups()).allMatch(g -> g.parts().stream().allMatch(PagePlan.Part::inline));
        assertThat(plan.groups().get(1).rows()).isEqualTo(12);
        assertThat(plan.groups().get(1).sections()).isEqualTo(3);
    }

    @Test
    void a_large_one_is_cut_into_parts_of_at_most_20_sections_or_100_rows_and_only_the_first_comes_with_the_page() {
        Comparison oneRowSections = comparison(3, 250, 1);
        PagePlan plan = PagePlan.of(oneRowSections, oneRowSections, false);
        assertThat(plan.parts()).isEqualTo(3 * 13);
        assertThat(sizes(plan)).startsWith(20, 20).contains(10);
        assertThat(plan.groups().get(0).parts().get(0).inline()).isTrue();
        assertThat(plan.groups().stream().flatMap(g -> g.parts().stream()).filter(PagePlan.Part::inline)).hasSize(1);

        Comparison eightRowSections = comparison(1, 40, 8);
        PagePlan rows = PagePlan.of(eightRowSections, eightRowSections, false);
        assertThat(sizes(rows)).containsExactly(12, 12, 12, 4);
        assertThat(rows.groups().get(0).parts().get(0).rows()).isEqualTo(96);
        assertThat(rows.part(3).orElseThrow().number()).isEqualTo(3);
        assertThat(rows.part(4)).isEmpty();
    }

    @Test
    void a_section_larger_than_a_part_is_a_part_of_its_own() {
        Comparison big = comparison(1, 3, 120);
        assertThat(sizes(PagePlan.of(big, big, false))).containsExactly(1, 1, 1);
    }

    @Test
    void a_part_is_as_tall_as_its_charts_and_tables_will_be() {
        Comparison c = comparison(1, 2, 4);
        PagePlan.Part part = PagePlan.of(c, c, false).part(0).orElseThrow();
        int section = PagePlan.SECTION_PX + PagePlan.CHART_PX + PagePlan.TABLE_HEAD_PX + 4 * PagePlan.ROW_PX;
        assertThat(part.heightPx()).isEqualTo(2 * section);
        assertThat(part.sectionIds()).isEqualTo(c.groups().get(0).sections().get(0).id() + " "
                + c.groups().get(0).sections().get(1).id());
    }

    @Test
    void groups_keep_their_anchor_whatever_the_filter_hides() {
        Comparison whole = comparison(4, 1, 1);
        Comparison lastTwo = ComparisonPageState.from("/1/comparison/1", Map.of("q", List.of("g2"))).select(whole);
        PagePlan plan = PagePlan.of(whole, lastTwo, false);
        assertThat(plan.groups()).extracting(PagePlan.GroupPart::anchor).containsExactly(2);
    }
}
