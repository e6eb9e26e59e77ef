package org.perftracker.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void numbers_keep_three_significant_digits_and_scale_from_ten_thousand() {
        assertThat(Formats.number(0)).isEqualTo("0");
        assertThat(Formats.number(0.004567)).isEqualTo("0.00457");
        assertThat(Formats.number(1.5)).isEqualTo("1.5");
        assertThat(Formats.number(111.46)).isEqualTo("111");
        assertThat(Formats.number(999.96)).isEqualTo("1000");
        assertThat(Formats.number(1234.5)).isEqualTo("1,235");
        assertThat(Formats.number(12_345)).isEqualTo("12.3K");
        assertThat(Formats.number(123_456)).isEqualTo("123K");
        assertThat(Formats.number(999_950)).isEqualTo("1M");
        assertThat(Formats.number(4_560_000)).isEqualTo("4.56M");
        assertThat(Formats.number(2.5e9)).isEqualTo("2.5G");
        assertThat(Formats.number(7.1e15)).isEqualTo("7100T");
        assertThat(Formats.number(-12_345)).isEqualTo("-12.3K");
        assertThat(Formats.number(0.00001234)).isEqualTo("1.23e-05");
        assertThat(Formats.number(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void values_carry_their_unit_and_counts_separate_thousands() {
        assertThat(Formats.withUnit(1234.5, "requests/s")).isEqualTo("1,235 requests/s");
        assertThat(Formats.withUnit(3, "")).isEqualTo("3");
        assertThat(Formats.withUnit(Double.NaN, "ms")).isEqualTo("n/a");
        assertThat(Formats.count(1_234_567)).isEqualTo("1,234,567");
    }

    @Test
    void deltas_are_signed_and_spreads_plus_minus() {
        assertThat(Formats.signedPercent(4.2)).isEqualTo("+4.2%");
        assertThat(Formats.signedPercent(-13.14)).isEqualTo("-13.1%");
        assertThat(Formats.signedPercent(0.0001)).isEqualTo("+0.0001%");
        assertThat(Formats.signedPercent(0)).isEqualTo("0%");
        assertThat(Formats.plusMinus(-1.234)).isEqualTo("±1.23%");
        assertThat(Formats.percent(50)).isEqualTo("50%");
    }

    @Test
    void raw_values_are_exact_and_never_in_exponent_form() {
        assertThat(Formats.raw(1000)).isEqualTo("1000");
        assertThat(Formats.raw(110.25)).isEqualTo("110.25");
        assertThat(Formats.raw(0.00001)).isEqualTo("0.00001");
        assertThat(Formats.raw(-2.5)).isEqualTo("-2.5");
    }

    @Test
    void durations_read_in_the_largest_sensible_units() {
        assertThat(Formats.duration(0.42)).isEqualTo("0.42 s");
        assertThat(Formats.duration(42)).isEqualTo("42 s");
        assertThat(Formats.duration(725)).isEqualTo("12m 05s");
        assertThat(Formats.duration(3725)).isEqualTo("1h 02m");
        assertThat(Formats.duration(2 * 86400 + 3 * 3600)).isEqualTo("2d 03h");
        assertThat(Formats.duration(-1)).isEqualTo("n/a");
    }

    @Test
    void file_sizes_read_in_binary_units_with_three_significant_digits() {
        assertThat(Formats.bytes(0)).isEqualTo("0 B");
        assertThat(Formats.bytes(1023)).isEqualTo("1,023 B");
        assertThat(Formats.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(Formats.bytes(3000)).isEqualTo("2.93 KiB");
        assertThat(Formats.bytes(1_048_575)).isEqualTo("1 MiB");
        assertThat(Formats.bytes(300L * 1024 * 1024)).isEqualTo("300 MiB");
        assertThat(Formats.bytes(5L * 1024 * 1024 * 1024 * 1024)).isEqualTo("5 TiB");
    }

    @Test
    void memory_and_times_read_as_people_say_them() {
        assertThat(Formats.memoryMb(512)).isEqualTo("512 MB");
        assertThat(Formats.memoryMb(131072)).isEqualTo("128 GB");
        assertThat(Formats.utc("2024-05-01T01:42:10Z")).isEqualTo("2024-05-01 01:42 UTC");
        assertThat(Formats.utc("")).isEmpty();
        assertThat(Formats.utc("yesterday")).isEqualTo("yesterday");
    }
}
