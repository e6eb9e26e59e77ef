package org.perftracker.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perftracker.core.comparison.Comparison;
import org.perftracker.core.comparison.Group;
import org.perftracker.core.comparison.Row;
import org.perftracker.core.comparison.RowVerdict;
import org.perftracker.core.comparison.Section;

class ComparisonPageStateTest {
    /** Latency/login: 4 clients worse (10 → 12 ms), 1 client unchanged; Throughput/home: better; Upgrade: failed. */
    private static final Comparison COMPARISON = Compared.compare(
            Compared.job(17, "Nightly 1.0")
                    .test("Latency", "login", "1 clients", 10, 11, 12)
                    .test("Latency", "login", "4 clients", 10, 10.1, 9.9)
                    .test("Throughput", "home", "", 20, 20.1, 19.9)
                    .test("Upgrade", "migrate", "", t -> t.scores(5, 5.1).errors(2)),
            Compared.job(18, "Nightly 1.1")
                    .test("Latency", "login", "1 clients", 10.5, 11, 11.5)
                    .test("Latency", "login", "4 clients", 12, 12.1, 11.9)
                    .test("Throughput", "home", "", 15, 15.1, 14.9)
                    .test("Upgrade", "migrate", "", 5, 5.1));

    private static ComparisonPageState state(String... keysAndValues) {
        Map<String, List<String>> query = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            query.put(keysAndValues[i], List.of(keysAndValues[i + 1]));
        }
        return ComparisonPageState.from("/1/comparison/5", query);
    }

    private static List<String> rows(Comparison c) {
        return c.groups().stream().flatMap(g -> g.sections().stream()).flatMap(s -> s.rows().stream())
                .map(r -> r.tag() + " " + r.category()).map(String::strip).toList();
    }

    @Test
    void no_parameters_show_every_row_at_the_comparisons_own_url() {
        ComparisonPageState s = state();
        assertThat(s.only()).isEmpty();
        assertThat(s.filtered()).isFalse();
        assertThat(s.href()).isEqualTo("/1/comparison/5");
        assertThat(rows(s.select(COMPARISON))).containsExactly("login 1 clients", "login 4 clients", "home",
                "migrate");
    }

    @Test
    void the_state_survives_a_round_trip_through_its_url() {
        ComparisonPageState s = state("only", "regressions", "q", "log in&", "group", "Latency & co");
        assertThat(s.href()).isEqualTo("/1/comparison/5?only=regressions&q=log+in%26&group=Latency+%26+co");
        ComparisonPageState again = ComparisonPageState.from(s.path(), Map.of("only", List.of("regressions"),
                "q", List.of("log in&"), "group", List.of("Latency & co")));
        assertThat(again).isEqualTo(s);
    }

    @Test
    void a_filter_word_the_page_does_not_know_shows_every_row_rather_than_fail() {
        assertThat(state("only", "DROP TABLE").only()).isEmpty();
        assertThat(state("only", "Regressions").only()).isEqualTo("regressions");
        assertThat(state("q", "x".repeat(500)).search()).hasSize(200);
    }

    @Test
    void filters_keep_the_rows_of_their_verdicts_and_drop_empty_groups_but_keep_the_whole_counts() {
        assertThat(rows(state("only", "regressions").select(COMPARISON))).containsExactly("login 4 clients");
        assertThat(rows(state("only", "improvements").select(COMPARISON))).containsExactly("home");
        assertThat(rows(state("only", "significant").select(COMPARISON))).containsExactly("login 4 clients", "home");
        assertThat(rows(state("only", "failed").select(COMPARISON))).containsExactly("migrate");
        Comparison regressions = state("only", "regressions").select(COMPARISON);
        assertThat(regressions.groups()).extracting(Group::name).containsExactly("Latency");
        assertThat(regressions.counts()).isEqualTo(COMPARISON.counts());
        assertThat(regressions.groups().get(0).sections().get(0).id())
                .isEqualTo(COMPARISON.groups().get(0).sections().get(0).id());
    }

    @Test
    void the_search_matches_tests_categories_sections_and_groups_ignoring_case() {
        assertThat(rows(state("q", "4 CLIENTS").select(COMPARISON))).containsExactly("login 4 clients");
        assertThat(rows(state("q", "throughput").select(COMPARISON))).containsExactly("home");
        assertThat(rows(state("q", "results").select(COMPARISON))).containsExactly("home", "migrate");
        assertThat(rows(state("q", "login", "only", "regressions").select(COMPARISON)))
                .containsExactly("login 4 clients");
        assertThat(state("q", "nothing like it").select(COMPARISON).groups()).isEmpty();
    }

    @Test
    void a_group_is_shown_alone_by_its_name() {
        Comparison upgrade = state("group", "Upgrade").select(COMPARISON);
        assertThat(upgrade.groups()).extracting(Group::name).containsExactly("Upgrade");
        Section s = upgrade.groups().get(0).sections().get(0);
        assertThat(s.rows()).extracting(Row::verdict).containsExactly(RowVerdict.FAILED);
        assertThat(state("group", "").select(COMPARISON).groups()).isEmpty();
    }

    @Test
    void links_keep_what_they_do_not_change() {
        ComparisonPageState s = state("only", "failed", "q", "a b");
        assertThat(s.hrefForOnly("")).isEqualTo("/1/comparison/5?q=a+b");
        assertThat(s.hrefForOnly("regressions")).isEqualTo("/1/comparison/5?only=regressions&q=a+b");
        assertThat(s.hrefForGroup("Latency")).isEqualTo("/1/comparison/5?only=failed&q=a+b&group=Latency");
        assertThat(state("group", "x").hrefAllGroups()).isEqualTo("/1/comparison/5");
        assertThat(s.hrefReset()).isEqualTo("/1/comparison/5");
        assertThat(s.hrefForPart(3)).isEqualTo("/1/comparison/5/part?only=failed&q=a+b&n=3");
        assertThat(state().hrefForPart(0)).isEqualTo("/1/comparison/5/part?n=0");
        assertThat(s.apiQuery()).isEqualTo("?only=failed");
        assertThat(ComparisonPageState.label("regressions")).isEqualTo("Regressions");
        assertThat(ComparisonPageState.label("")).isEqualTo("All");
    }
}
