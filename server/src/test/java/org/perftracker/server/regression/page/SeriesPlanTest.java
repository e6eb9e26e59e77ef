package org.perftracker.server.regression.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perftracker.server.regression.RegressionViews.GroupTrendCount;
import org.perftracker.server.regression.TrendClass;

class SeriesPlanTest {
    private static final List<GroupTrendCount> COUNTS = List.of(new GroupTrendCount("api", "none", 28),
            new GroupTrendCount("api", "degradation_10", 2), new GroupTrendCount("db", "improvement_10", 3),
            new GroupTrendCount("web", "none", 5));

    @Test
    void groups_are_cut_into_parts_of_at_most_24_series_and_the_first_24_series_come_with_the_page() {
        SeriesPlan plan = SeriesPlan.of(COUNTS, List.of(TrendClass.DEGRADATION_10, TrendClass.NONE), Optional.empty());
        assertThat(plan.series()).isEqualTo(35);
        assertThat(plan.groups()).extracting(SeriesPlan.GroupPart::name).containsExactly("api", "web");
        assertThat(plan.groups()).extracting(SeriesPlan.GroupPart::anchor).containsExactly(0, 1);
        assertThat(plan.groups().get(0).parts()).containsExactly(new SeriesPlan.Part(0, 0, 24, true),
                new SeriesPlan.Part(1, 24, 6, false));
        assertThat(plan.groups().get(1).parts()).containsExactly(new SeriesPlan.Part(2, 30, 5, false));
        assertThat(plan.parts()).isEqualTo(3);
        assertThat(plan.inline()).extracting(SeriesPlan.Part::number).containsExactly(0);
        assertThat(plan.part(2)).hasValueSatisfying(p -> assertThat(p.start()).isEqualTo(30));
        assertThat(plan.part(3)).isEmpty();
    }

    @Test
    void small_groups_come_with_the_page_until_24_series_are_shown() {
        SeriesPlan plan = SeriesPlan.of(COUNTS, List.of(TrendClass.DEGRADATION_10, TrendClass.IMPROVEMENT_10),
                Optional.empty());
        assertThat(plan.groups()).extracting(SeriesPlan.GroupPart::name).containsExactly("api", "db");
        assertThat(plan.inline()).extracting(SeriesPlan.Part::start).containsExactly(0, 2);
    }

    @Test
    void one_group_alone_keeps_its_place_in_the_list_and_comes_whole_with_the_page() {
        SeriesPlan plan = SeriesPlan.of(COUNTS, List.of(TrendClass.NONE, TrendClass.DEGRADATION_10),
                Optional.of("web"));
        assertThat(plan.groups()).hasSize(1);
        SeriesPlan.GroupPart web = plan.groups().get(0);
        assertThat(web.anchor()).isEqualTo(1);
        assertThat(web.parts()).containsExactly(new SeriesPlan.Part(2, 30, 5, true));
        assertThat(plan.series()).isEqualTo(5);
    }

    @Test
    void no_class_shown_is_an_empty_plan_and_the_class_counts_name_every_class() {
        assertThat(SeriesPlan.of(COUNTS, List.of(), Optional.empty()).groups()).isEmpty();
        assertThat(SeriesPlan.classCounts(COUNTS)).containsEntry(TrendClass.NONE, 33L)
                .containsEntry(TrendClass.DEGRADATION_10, 2L).containsEntry(TrendClass.IMPROVEMENT_50, 0L).hasSize(5);
    }

    @Test
    void a_part_takes_as_many_rows_as_its_cards_fill() {
        SeriesPlan.Part part = new SeriesPlan.Part(1, 24, 7, false);
        assertThat(List.of(part.rows(1), part.rows(2), part.rows(3))).containsExactly(7, 4, 3);
    }
}
