package org.perftracker.server.regression.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertSummaryTest {
    @Test
    void a_summary_names_the_test_the_change_the_significance_and_the_build() {
        assertThat(AlertSummary.of("login latency", "", 18.2, 1e-9, "1.4.0-512", 17))
                .isEqualTo("login latency +18% (p < 0.001) since build 1.4.0-512");
        assertThat(AlertSummary.of("search", "8 clients", -4.24, 0.0042, "", 17))
                .isEqualTo("search {8 clients} -4.2% (p = 0.004) since job 17");
    }

    @Test
    void percentages_keep_about_two_significant_digits_and_a_sign() {
        assertThat(AlertSummary.percent(123.4)).isEqualTo("+123%");
        assertThat(AlertSummary.percent(9.96)).isEqualTo("+10%");
        assertThat(AlertSummary.percent(1.04)).isEqualTo("+1.0%");
        assertThat(AlertSummary.percent(-0.5)).isEqualTo("-0.50%");
        assertThat(AlertSummary.percent(null)).isEqualTo("from 0");
    }
}
