package org.perftracker.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perftracker.core.comparison.Jobs.compare;
import static org.perftracker.core.comparison.Jobs.job;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingTest {

    @Test
    void groups_sections_and_rows_follow_first_appearance_over_jobs_in_order() {
        Comparison c = compare(
                job(1, "a").test("Throughput", "Home page", "1 client", 1).test("Latency", "Login", "", 2)
                        .test("Throughput", "Search", "1 client", 3),
                job(2, "b").test("Throughput", "Home page", "2 clients", 4).test("CPU", "Idle", "", 5)
                        .test("Throughput", "Home page", "1 client", 6).test("Latency", "Logout", "", 7));

        assertThat(c.groups()).extracting(Group::name).containsExactly("Throughput", "Latency", "CPU");
        Group throughput = c.groups().get(0);
        assertThat(throughput.sections()).extracting(Section::title).containsExactly("Home page", "Search");
        assertThat(throughput.sections().get(0).rows()).extracting(Row::title)
                .containsExactly("1 client", "2 clients");
        Group latency = c.groups().get(1);
        assertThat(latency.sections()).extracting(Section::title).containsExactly("Tests results");
        assertThat(latency.sections().get(0).tag()).isEmpty();
        assertThat(latency.sections().get(0).rows()).extracting(Row::title).containsExactly("Login", "Logout");
    }

    @Test
    void tests_match_across_jobs_by_exact_group_tag_and_category() {
        Comparison c = compare(job(1, "a").test("g", "t", "4 clients", 1).test("G", "t", "4 clients", 2),
                job(2, "b").test("g", "t", "4 clients", 3).test("g", "t", "4 Clients", 4).test("g", "T", "4 clients", 5));

        List<Row> rows = Jobs.rows(c);
        assertThat(rows).hasSize(4);
        Row matched = rows.get(0);
        assertThat(matched.cells()).extracting(Cell::testId).containsExactly(1001L, 2001L);
        assertThat(rows.stream().filter(r -> r != matched))
                .allSatisfy(r -> assertThat(r.cells()).anyMatch(cell -> cell.state() == CellState.MISSING));
    }

    @Test
    void a_tag_with_and_without_categories_goes_to_two_sections() {
        Comparison c = compare(job(1, "a").test("g", "login", "", 1).test("g", "login", "2 clients", 2));
        assertThat(c.groups().get(0).sections()).extracting(Section::title)
                .containsExactly("Tests results", "login");
    }

    @Test
    void a_test_only_a_later_job_has_shows_as_missing_in_the_earlier_jobs() {
        Comparison c = compare(job(1, "a").test("g", "t", "", 1), job(2, "b").test("g", "t", "", 1)
                .test("g", "new", "", 2));
        Row added = Jobs.rows(c).get(1);
        assertThat(added.cells()).extracting(Cell::state).containsExactly(CellState.MISSING, CellState.MEASURED);
        assertThat(added.id()).as("the row is named by the first test that exists").isEqualTo(2002);
        assertThat(added.cells().get(0).value()).isEmpty();
    }

    @Test
    void rows_and_sections_are_named_by_their_first_test() {
        Comparison c = compare(job(1, "a").test("g", "t", "2 clients", 1).test("g", "t", "4 clients", 2),
                job(2, "b").test("g", "t", "4 clients", 3));
        Section s = c.groups().get(0).sections().get(0);
        assertThat(s.id()).isEqualTo(1001);
        assertThat(s.rows()).extracting(Row::id).containsExactly(1001L, 1002L);
        assertThat(s.rows().get(1).cells()).extracting(Cell::testId).containsExactly(1002L, 2001L);
    }

    @Test
    void a_row_takes_its_unit_and_direction_from_the_first_job_that_has_it() {
        Comparison c = compare(job(1, "a").test("g", "t", "", t -> t.metrics("ms").lessBetter(true).scores(1)),
                job(2, "b").test("g", "t", "", t -> t.metrics("s").lessBetter(false).scores(1)));
        Row row = Jobs.onlyRow(c);
        assertThat(row.metrics()).isEqualTo("ms");
        assertThat(row.lessBetter()).isTrue();
    }

    @Test
    void every_row_has_one_cell_per_job_in_job_order() {
        Comparison c = compare(job(1, "a").test("g", "t", "", 1), job(2, "b"), job(3, "c").test("g", "t", "", 3));
        assertThat(Jobs.onlyRow(c).cells()).extracting(Cell::state)
                .containsExactly(CellState.MEASURED, CellState.MISSING, CellState.MEASURED);
        assertThat(Jobs.onlyRow(c).cells()).extracting(cell -> cell.diffs().size()).containsExactly(0, 1, 2);
    }

    @Test
    void two_tests_with_one_key_in_one_job_are_refused() {
        assertThatThrownBy(() -> compare(job(7, "a").test("g", "t", "c", 1).test("g", "t", "c", 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("job 7").hasMessageContaining("'t'");
    }

    @Test
    void no_jobs_or_no_tests_give_an_empty_comparison() {
        Comparison none = Comparison.compute("", List.of(), ComparisonOptions.DEFAULTS);
        assertThat(none.title()).isEqualTo("Comparison");
        assertThat(none.groups()).isEmpty();
        assertThat(none.counts().total()).isZero();
        assertThat(compare(job(1, "a"), job(2, "b")).groups()).isEmpty();
    }

    @Test
    void row_verdicts_are_counted() {
        Comparison c = compare(
                job(1, "a").test("g", "up", "", 100, 101, 102, 103, 104).test("g", "same", "", 5, 5, 5)
                        .test("g", "gone", "", 1, 2).test("g", "broken", "", 1, 2),
                job(2, "b").test("g", "up", "", 110, 111, 112, 113, 114).test("g", "same", "", 5, 5, 5)
                        .test("g", "broken", "", t -> t.errors(1).scores(1, 2)));
        assertThat(Jobs.rows(c)).extracting(Row::verdict).containsExactly(RowVerdict.IMPROVEMENT,
                RowVerdict.NO_SIGNIFICANT_CHANGE, RowVerdict.MISSING, RowVerdict.FAILED);
        assertThat(c.counts()).isEqualTo(new RowCounts(4, 1, 0, 1, 0, 0, 1, 0, 1));
    }

    @Test
    void a_regression_against_the_baseline_outranks_an_improvement_in_the_same_row() {
        Comparison c = compare(job(1, "a").test("g", "t", "", 100, 101, 102, 103, 104),
                job(2, "b").test("g", "t", "", 90, 91, 92, 93, 94),
                job(3, "c").test("g", "t", "", 110, 111, 112, 113, 114));
        assertThat(Jobs.onlyRow(c).verdict()).isEqualTo(RowVerdict.REGRESSION);
    }
}
