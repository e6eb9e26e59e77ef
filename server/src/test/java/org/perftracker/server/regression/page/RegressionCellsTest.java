package org.perftracker.server.regression.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perftracker.server.job.JobViews;
import org.perftracker.server.regression.RegressionViews;
import org.perftracker.server.regression.TrendClass;

class RegressionCellsTest {
    private static RegressionViews.SeriesRow series(String trend, double changePct) {
        return new RegressionViews.SeriesRow(1, 1, "web", "login", "", "ms", true, 20, trend, changePct, 100.0,
                100 + changePct, null, 0, "2026-01-01T00:00:00Z");
    }

    private static JobViews.JobRow job(String end) {
        return new JobViews.JobRow(1, "u", "t", "", "", List.of(), end, end, 0, end, 0, 0, 0, 0, 0,
                new JobViews.ProjectRef(1, "p"), "", "", true, 0, 0, false);
    }

    @Test
    void a_trend_reads_as_a_sign_a_signed_change_and_a_word_and_its_colour_follows_its_meaning() {
        assertThat(RegressionCells.trendText(series("degradation_10", 20.14))).isEqualTo("▼ +20.1% worse");
        assertThat(RegressionCells.trendText(series("degradation_50", 75))).isEqualTo("▼▼ +75% worse");
        assertThat(RegressionCells.trendText(series("improvement_10", -15))).isEqualTo("▲ -15% better");
        assertThat(RegressionCells.trendText(series("none", 3))).isEqualTo("= within 10%");
        assertThat(List.of(TrendClass.values())).extracting(RegressionCells::trendCss)
                .containsExactly("bad", "bad", "na", "good", "good");
        assertThat(RegressionCells.trendLabel(TrendClass.DEGRADATION_50)).isEqualTo("Degradation > 50%");
    }

    @Test
    void directions_states_builds_and_time_ranges_in_words() {
        assertThat(RegressionCells.directionWord("regression")).isEqualTo("▼ worse");
        assertThat(RegressionCells.directionWord("improvement")).isEqualTo("▲ better");
        assertThat(RegressionCells.stateLabel("accepted_as_baseline")).isEqualTo("accepted as baseline");
        assertThat(RegressionCells.isOpen("acknowledged")).isTrue();
        assertThat(RegressionCells.isOpen("fixed")).isFalse();
        assertThat(RegressionCells.build("", 17)).isEqualTo("job #17");
        assertThat(RegressionCells.timeRange(job("2026-01-01T01:00:00Z"), job("2026-01-01T20:00:00Z")))
                .isEqualTo("19h 00m");
        assertThat(RegressionCells.timeRange(null, null)).isEqualTo("n/a");
        assertThat(RegressionCells.count(1, "series", "series")).isEqualTo("1 series");
        assertThat(RegressionCells.count(1200, "alert", "alerts")).isEqualTo("1,200 alerts");
    }
}
