package org.perftracker.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.perftracker.core.comparison.Cell;
import org.perftracker.core.comparison.CellState;
import org.perftracker.core.comparison.Diff;
import org.perftracker.core.comparison.JobColumn;
import org.perftracker.core.comparison.RowCounts;
import org.perftracker.core.comparison.ValueKind;
import org.perftracker.core.comparison.Verdict;
import org.perftracker.core.upload.TestStatus;

class ComparisonCellsTest {
    private static final JobColumn BASE = new JobColumn(17, "Nightly 1.0", "shop", "1.0", "#1: 1.0");

    private static Cell cell(CellState state, double value, double spread, int n, int errors) {
        return new Cell(1, state, state == CellState.FAILED ? TestStatus.FAILED : TestStatus.SUCCESS, errors, 0,
                Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value), spread, n, List.of());
    }

    private static Diff diff(Double percent, Double p, Double adjusted, Verdict verdict) {
        return new Diff(0, percent == null ? OptionalDouble.empty() : OptionalDouble.of(percent),
                p == null ? OptionalDouble.empty() : OptionalDouble.of(p),
                adjusted == null ? OptionalDouble.empty() : OptionalDouble.of(adjusted), verdict, false);
    }

    @Test
    void a_value_has_its_unit_three_significant_digits_and_its_relative_error_bar() {
        Cell c = cell(CellState.MEASURED, 111.5, 3.36, 3, 0);
        assertThat(ComparisonCells.value(c, "pages/s")).isEqualTo("112 pages/s");
        assertThat(ComparisonCells.spread(c, ValueKind.AVERAGE)).isEqualTo("±3.0%");
        assertThat(ComparisonCells.valueClass(c)).isNull();
        assertThat(ComparisonCells.valueTitle(c, ValueKind.AVERAGE, "pages/s"))
                .isEqualTo("mean of 3 scores, 95% confidence interval ±3.36 pages/s");
        assertThat(ComparisonCells.value(cell(CellState.MEASURED, 12_345, 0, 1, 0), "requests/s"))
                .isEqualTo("12.3K requests/s");
    }

    @Test
    void one_score_or_min_and_max_values_have_no_error_bar() {
        Cell one = cell(CellState.MEASURED, 42, 0, 1, 0);
        assertThat(ComparisonCells.spread(one, ValueKind.AVERAGE)).isEmpty();
        assertThat(ComparisonCells.valueTitle(one, ValueKind.AVERAGE, "ms"))
                .isEqualTo("mean of 1 score: no spread of its own");
        Cell many = cell(CellState.MEASURED, 42, 3, 5, 0);
        assertThat(ComparisonCells.spread(many, ValueKind.MIN)).isEmpty();
        assertThat(ComparisonCells.valueTitle(many, ValueKind.MAX, "ms")).isEqualTo("maximum of 5 scores");
    }

    @Test
    void failed_and_missing_cells_say_so_in_words() {
        Cell failed = cell(CellState.FAILED, 30, 0, 2, 2);
        assertThat(ComparisonCells.value(failed, "ms")).isEqualTo("30 ms");
        assertThat(ComparisonCells.failure(failed)).isEqualTo("2 errors ✗");
        assertThat(ComparisonCells.valueClass(failed)).isEqualTo("failed");
        Cell failedWithout = cell(CellState.FAILED, Double.NaN, 0, 0, 0);
        assertThat(ComparisonCells.value(failedWithout, "ms")).isEqualTo("failed ✗");
        assertThat(ComparisonCells.failure(cell(CellState.FAILED, Double.NaN, 0, 0, 1))).isEqualTo("1 error ✗");
        Cell missing = cell(CellState.MISSING, Double.NaN, 0, 0, 0);
        assertThat(ComparisonCells.value(missing, "ms")).isEqualTo("missing");
        assertThat(ComparisonCells.valueClass(missing)).isEqualTo("na");
        assertThat(ComparisonCells.value(cell(CellState.NO_SCORES, Double.NaN, 0, 0, 0), "ms")).isEqualTo("no scores");
        assertThat(ComparisonCells.failure(missing)).isEmpty();
    }

    @Test
    void a_change_is_signed_with_its_word_and_its_colour_and_likely_ones_have_their_own() {
        Diff worse = diff(4.2123, 0.0012, 0.0034, Verdict.WORSE);
        assertThat(ComparisonCells.percent(worse)).isEqualTo("+4.2%");
        assertThat(ComparisonCells.word(worse)).isEqualTo("worse");
        assertThat(ComparisonCells.verdictClass(Verdict.WORSE)).isEqualTo("v-worse");
        assertThat(ComparisonCells.percent(diff(-50.0, null, null, Verdict.BETTER))).isEqualTo("-50.0%");
        assertThat(ComparisonCells.percent(diff(0.0727, null, null, Verdict.NO_SIGNIFICANT_CHANGE))).isEqualTo("+0.1%");
        assertThat(ComparisonCells.percent(diff(null, null, null, Verdict.MISSING))).isEmpty();
        assertThat(ComparisonCells.verdictClass(Verdict.BETTER)).isEqualTo("v-better");
        assertThat(ComparisonCells.verdictClass(Verdict.LIKELY_WORSE)).isEqualTo("v-likely-worse");
        assertThat(ComparisonCells.verdictClass(Verdict.LIKELY_BETTER)).isEqualTo("v-likely-better");
        assertThat(ComparisonCells.verdictClass(Verdict.FAILED)).isEqualTo("v-failed");
        assertThat(List.of(Verdict.NO_SIGNIFICANT_CHANGE, Verdict.NO_VARIANCE_INFORMATION, Verdict.MISSING))
                .allMatch(v -> ComparisonCells.verdictClass(v).equals("v-na"));
        assertThat(ComparisonCells.word(diff(7.0, null, null, Verdict.LIKELY_WORSE))).isEqualTo("likely worse");
    }

    @Test
    void the_hover_text_of_a_change_gives_the_p_value_and_what_it_was_judged_against() {
        assertThat(ComparisonCells.diffTitle(diff(4.2, 0.0012, 0.0034, Verdict.WORSE), BASE, 0.05))
                .isEqualTo("vs #1: 1.0: p = 0.0034 adjusted (0.0012 before correction), α = 0.05");
        assertThat(ComparisonCells.diffTitle(diff(4.2, 0.2, 0.2, Verdict.NO_SIGNIFICANT_CHANGE), BASE, 0.1))
                .isEqualTo("vs #1: 1.0: p = 0.2, α = 0.1");
        assertThat(ComparisonCells.diffTitle(diff(7.0, null, null, Verdict.LIKELY_WORSE), BASE, 0.05))
                .isEqualTo("vs #1: 1.0: a single score on a side, no variance information");
    }

    @Test
    void the_counts_name_only_what_occurs_the_bad_first() {
        RowCounts n = new RowCounts(120, 1, 2, 1, 0, 0, 0, 3, 113);
        assertThat(ComparisonCells.counts(n)).extracting(ComparisonCells.Count::text).containsExactly("1 failed",
                "2 regressions", "1 improvement", "3 without variance information", "113 without significant change");
        assertThat(ComparisonCells.counts(n).get(1).css()).isEqualTo("v-worse");
    }
}
