package org.perftracker.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListStateTest {
    private static final ListSpec SPEC = new ListSpec(Map.of("end", true, "title", false, "score", true), "end",
            List.of("group"));

    private static ListState state(String... keysAndValues) {
        Map<String, List<String>> query = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            query.put(keysAndValues[i], List.of(keysAndValues[i + 1]));
        }
        return ListState.from(SPEC, "/1/job/", query);
    }

    @Test
    void no_parameters_mean_the_first_page_in_the_default_order() {
        ListState s = state();
        assertThat(s.page()).isEqualTo(1);
        assertThat(s.size()).isEqualTo(50);
        assertThat(s.sort()).isEqualTo("end");
        assertThat(s.descending()).isTrue();
        assertThat(s.offset()).isZero();
        assertThat(s.href()).isEqualTo("/1/job/");
    }

    @Test
    void the_state_survives_a_round_trip_through_its_url() {
        ListState s = state("q", "night ly&1", "group", "4", "sort", "title", "dir", "desc", "size", "200",
                "page", "3");
        assertThat(s.href()).isEqualTo("/1/job/?q=night+ly%261&group=4&sort=title&dir=desc&size=200&page=3");
        assertThat(s.offset()).isEqualTo(400);
        assertThat(s.filter("group")).isEqualTo("4");
    }

    @Test
    void nonsense_falls_back_to_defaults_instead_of_failing_the_page() {
        ListState s = state("page", "-4", "size", "7", "sort", "DROP TABLE", "dir", "sideways", "other", "x");
        assertThat(s.page()).isEqualTo(1);
        assertThat(s.size()).isEqualTo(50);
        assertThat(s.sort()).isEqualTo("end");
        assertThat(s.descending()).isTrue();
        assertThat(state("page", "x").page()).isEqualTo(1);
        assertThat(state("q", "x".repeat(500)).search()).hasSize(200);
    }

    @Test
    void a_sort_link_starts_on_page_one_in_the_keys_first_direction_and_toggles_the_current_key() {
        ListState s = state("page", "3", "q", "a");
        assertThat(s.hrefForSort("title")).isEqualTo("/1/job/?q=a&sort=title&dir=asc");
        assertThat(s.hrefForSort("score")).isEqualTo("/1/job/?q=a&sort=score&dir=desc");
        assertThat(s.hrefForSort("end")).isEqualTo("/1/job/?q=a&sort=end&dir=asc");
        assertThat(state("sort", "title").ariaSort("title")).isEqualTo("ascending");
        assertThat(state("sort", "title").ariaSort("end")).isEqualTo("none");
    }

    @Test
    void a_new_page_size_keeps_the_first_row_in_view() {
        ListState s = state("page", "5");
        assertThat(s.hrefForSize(200)).isEqualTo("/1/job/?size=200&page=2");
        assertThat(s.hrefForPage(0)).isEqualTo("/1/job/");
        assertThat(s.hrefReset()).isEqualTo("/1/job/");
    }

    @Test
    void search_forms_keep_the_sort_and_size_but_not_the_page() {
        assertThat(state("sort", "title", "size", "1000", "page", "4").keptByForms())
                .containsExactly(Map.entry("sort", "title"), Map.entry("dir", "asc"), Map.entry("size", "1000"));
        assertThat(state().keptByForms()).isEmpty();
    }

    @Test
    void the_pager_says_where_the_rows_are_and_links_only_where_there_is_somewhere_to_go() {
        Pager middle = Pager.of(state("page", "3"), 1234, 50);
        assertThat(middle.summary()).isEqualTo("101–150 of 1,234");
        assertThat(middle.pages()).isEqualTo(25);
        assertThat(middle.prevHref()).isEqualTo("/1/job/?page=2");
        assertThat(middle.lastHref()).isEqualTo("/1/job/?page=25");
        Pager only = Pager.of(state(), 3, 3);
        assertThat(only.isPaged()).isFalse();
        assertThat(only.nextHref()).isEmpty();
        Pager beyond = Pager.of(state("page", "9"), 10, 0);
        assertThat(beyond.summary()).isEqualTo("0 of 10");
        assertThat(beyond.prevHref()).isEqualTo("/1/job/");
    }
}
