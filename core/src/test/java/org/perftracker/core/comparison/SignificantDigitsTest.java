package org.perftracker.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignificantDigitsTest {

    @Test
    void values_have_three_significant_digits_and_thousands_separators() {
        assertThat(SignificantDigits.format(111.5)).isEqualTo("112");
        assertThat(SignificantDigits.format(1234.5)).isEqualTo("1,230");
        assertThat(SignificantDigits.format(1234567)).isEqualTo("1,230,000");
        assertThat(SignificantDigits.format(-98765)).isEqualTo("-98,800");
        assertThat(SignificantDigits.format(0.012345)).isEqualTo("0.0123");
        assertThat(SignificantDigits.format(42.0)).isEqualTo("42");
        assertThat(SignificantDigits.format(1.5)).isEqualTo("1.5");
        assertThat(SignificantDigits.format(0)).isEqualTo("0");
    }

    @Test
    void tiny_values_are_scientific() {
        assertThat(SignificantDigits.format(0.00001234)).isEqualTo("1.23e-05");
    }

    @Test
    void changes_are_signed_with_at_most_one_decimal() {
        assertThat(SignificantDigits.percent(4.2123)).isEqualTo("+4.2%");
        assertThat(SignificantDigits.percent(-50)).isEqualTo("-50.0%");
        assertThat(SignificantDigits.percent(12)).isEqualTo("+12.0%");
        assertThat(SignificantDigits.percent(123.4)).isEqualTo("+123%");
        assertThat(SignificantDigits.percent(99.96)).isEqualTo("+100%");
        assertThat(SignificantDigits.percent(1234.5)).isEqualTo("+1,230%");
        assertThat(SignificantDigits.percent(0.04)).isEqualTo("+0.0%");
        assertThat(SignificantDigits.percent(0)).isEqualTo("0.0%");
    }

    @Test
    void spreads_are_unsigned() {
        assertThat(SignificantDigits.plusMinusPercent(1.234)).isEqualTo("±1.2%");
    }
}
