package org.perftracker.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perftracker.core.comparison.ComparisonOptions;
import org.perftracker.core.comparison.MultipleTesting;
import org.perftracker.core.comparison.ValueKind;

class ComparisonPageTest {
    @Test
    void the_page_states_the_test_the_level_and_the_correction() {
        assertThat(ComparisonPage.method(ComparisonOptions.DEFAULTS)).isEqualTo("Values: averages ± the 95%"
                + " confidence interval of the mean. A change is significant when Welch's t-test of the means gives"
                + " p < α = 0.05 after Benjamini–Hochberg correction over the tests of each pair of jobs. A single"
                + " score uploaded with its deviation and sample count is tested from those. Otherwise a single score"
                + " on a side gives no variance information: a change of at least 5% is called"
                + " “likely”, a smaller one “no variance”. Failed tests are not judged.");
        String plain = ComparisonPage.method(ComparisonOptions.DEFAULTS.withAlpha(0.1).withValues(ValueKind.MIN)
                .withMultipleTesting(MultipleTesting.NONE));
        assertThat(plain).contains("minimums (significance still tests the means)", "α = 0.1.")
                .doesNotContain("Benjamini");
    }
}
