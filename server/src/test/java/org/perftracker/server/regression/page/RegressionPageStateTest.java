package org.perftracker.server.regression.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perftracker.server.regression.TrendClass;

class RegressionPageStateTest {
    private static final String PATH = "/1/regression/3";

    private static RegressionPageState state(Map<String, List<String>> query) {
        return RegressionPageState.from(PATH, query);
    }

    private static Map<TrendClass, Long> counts(long d50, long d10, long none, long i10, long i50) {
        Map<TrendClass, Long> counts = new EnumMap<>(TrendClass.class);
        counts.put(TrendClass.DEGRADATION_50, d50);
        counts.put(TrendClass.DEGRADATION_10, d10);
        counts.put(TrendClass.NONE, none);
        counts.put(TrendClass.IMPROVEMENT_10, i10);
        counts.put(TrendClass.IMPROVEMENT_50, i50);
        return counts;
    }

    @Test
    void without_a_class_in_the_url_the_page_shows_the_degradations_that_have_series() {
        RegressionPageState s = state(Map.of());
        assertThat(s.chosen()).isEmpty();
        assertThat(s.shown(counts(2, 5, 100, 1, 0))).containsExactly(TrendClass.DEGRADATION_50,
                TrendClass.DEGRADATION_10);
        assertThat(s.shown(counts(0, 5, 100, 1, 0))).containsExactly(TrendClass.DEGRADATION_10);
    }

    @Test
    void without_degradations_the_page_shows_the_first_class_that_has_series_and_nothing_when_none_has() {
        assertThat(state(Map.of()).shown(counts(0, 0, 100, 1, 0))).containsExactly(TrendClass.NONE);
        assertThat(state(Map.of()).shown(counts(0, 0, 0, 0, 3))).containsExactly(TrendClass.IMPROVEMENT_50);
        assertThat(state(Map.of()).shown(counts(0, 0, 0, 0, 0))).isEmpty();
    }

    @Test
    void classes_named_in_the_url_are_shown_in_their_order_comma_separated_or_repeated() {
        RegressionPageState s = state(Map.of("class", List.of("improvement_50,none", "degradation_10")));
        assertThat(s.shown(counts(0, 0, 0, 0, 0))).containsExactly(TrendClass.DEGRADATION_10, TrendClass.NONE,
                TrendClass.IMPROVEMENT_50);
        assertThat(state(Map.of("class", List.of("all"))).shown(counts(0, 0, 0, 0, 0)))
                .containsExactly(TrendClass.values());
    }

    @Test
    void an_empty_class_is_a_choice_of_nothing_and_unknown_words_are_left_out() {
        assertThat(state(Map.of("class", List.of(""))).shown(counts(1, 1, 1, 1, 1))).isEmpty();
        assertThat(state(Map.of("class", List.of("worse,none"))).shown(counts(1, 1, 1, 1, 1)))
                .containsExactly(TrendClass.NONE);
    }

    @Test
    void links_keep_the_search_and_the_group_and_parts_name_their_classes() {
        RegressionPageState s = state(Map.of("q", List.of(" login & co "), "group", List.of("web/api")));
        assertThat(s.search()).isEqualTo("login & co");
        assertThat(s.hrefForClasses(List.of(TrendClass.NONE))).isEqualTo(PATH + "?class=none&q=login+%26+co"
                + "&group=web%2Fapi");
        assertThat(s.hrefAll()).isEqualTo(PATH + "?class=all&q=login+%26+co&group=web%2Fapi");
        assertThat(s.hrefAllGroups(List.of(TrendClass.DEGRADATION_10, TrendClass.NONE)))
                .isEqualTo(PATH + "?class=degradation_10,none&q=login+%26+co");
        assertThat(s.hrefForPart(List.of(TrendClass.NONE), 3)).isEqualTo(PATH + "/part?class=none&q=login+%26+co&n=3");
        assertThat(s.hrefReset()).isEqualTo(PATH);
        assertThat(state(Map.of("q", List.of("x".repeat(500)))).search()).hasSize(200);
    }
}
