package org.perftracker.core.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;

class SharedHelpersTest {

    @Test
    void amounts_in_any_of_the_tools_units_become_milliseconds_and_kibibytes() {
        assertThat(Units.millis("635.91us").getAsDouble()).isCloseTo(0.63591, within(1e-12));
        assertThat(Units.millis("6.60s")).hasValue(6600.0);
        assertThat(Units.millis("2m")).hasValue(120000.0);
        assertThat(Units.millis("12 parsecs")).isEmpty();
        assertThat(Units.kibibytes("1.5MB")).hasValue(1536.0);
        assertThat(Units.kibibytes("512B")).hasValue(0.5);
        assertThat(Units.count("56.20k").getAsDouble()).isCloseTo(56200, within(1e-9));
        assertThat(Units.lessBetterByUnit("ops/s")).isFalse();
        assertThat(Units.lessBetterByUnit("MB/s")).isFalse();
        assertThat(Units.lessBetterByUnit("ns/op")).isTrue();
        assertThat(Units.lessBetterByUnit("ms")).isTrue();
    }

    @Test
    void categories_put_the_number_first_so_that_they_sort_and_share_an_axis_name() {
        assertThat(Categories.count(4, "clients")).isEqualTo("4 clients");
        assertThat(Categories.ofParams(Map.of("size", "100"))).isEqualTo("100 size");
        Map<String, String> two = new LinkedHashMap<>();
        two.put("format", "json");
        two.put("size", "100");
        assertThat(Categories.ofParams(two)).isEqualTo("format=json, size=100");
        assertThat(Categories.ofParams(Map.of())).isEmpty();
        assertThat(Categories.percentile("99.900")).isEqualTo("p99.9");
        assertThat(Categories.percentile("50")).isEqualTo("p50");
    }

    @Test
    void tests_with_the_same_key_join_their_scores_and_a_clash_of_units_is_refused() {
        TestResult a = TestResult.builder("Fib").group("pkg").metrics("ns/op").lessBetter(true).scores(268.7)
                .loops(3000).addError("slow").build();
        TestResult b = TestResult.builder("Fib").group("pkg").metrics("ns/op").lessBetter(true).scores(252.6)
                .loops(3000).status(TestStatus.FAILED).build();
        List<TestResult> joined = TestMerger.merge(List.of(a, b));

        assertThat(joined).hasSize(1);
        assertThat(joined.get(0).scores()).containsExactly(268.7, 252.6);
        assertThat(joined.get(0).loops()).hasValue(6000);
        assertThat(joined.get(0).errorMessages()).containsExactly("slow");
        assertThat(joined.get(0).status()).isEqualTo(TestStatus.FAILED);

        TestResult c = TestResult.builder("Fib").group("pkg").metrics("B/op").lessBetter(true).scores(0).build();
        assertThatThrownBy(() -> TestMerger.merge(List.of(a, c)))
                .hasMessage("test 'Fib' (group 'pkg', category '') is already reported in 'ns/op', less is better");
    }

    @Test
    void a_json_document_tells_the_line_of_a_value_or_of_its_nearest_parent() {
        JsonDocument doc = JsonDocument.parse("x", "{\n  \"results\": [\n    {\"command\": \"sleep 1\"},\n"
                + "    {\"command\":\n      \"true\"}\n  ]\n}");

        assertThat(doc.lineOf("results", 0, "command")).isEqualTo(3);
        assertThat(doc.lineOf("results", 1, "command")).isEqualTo(5);
        assertThat(doc.lineOf("results", 1, "mean")).isEqualTo(4);
        assertThat(doc.lineOf()).isEqualTo(1);
        assertThat(doc.problem("no mean", "results", 1, "mean")).hasMessage("x: line 4: no mean");
        assertThatThrownBy(() -> JsonDocument.parse("x", "{\n\"a\": [1,\n2,\n"))
                .hasMessageStartingWith("x: line 4: not valid JSON: Unexpected end-of-input");
        assertThatThrownBy(() -> JsonDocument.parse("x", "{} {}"))
                .hasMessageStartingWith("x: line 1: not valid JSON: Trailing token");
    }

    @Test
    void output_bytes_that_are_not_utf8_are_read_as_latin1_and_a_byte_order_mark_is_dropped() {
        assertThat(ToolOutput.of(new byte[] {'S', 'e', 'r', 'v', 'e', 'r', ':', ' ', (byte) 0xE9}).text())
                .isEqualTo("Server: é");
        assertThat(ToolOutput.of("\uFEFF[1]").text()).isEqualTo("[1]");
        assertThat(TextLines.of("a\r\nb\rc\n").size()).isEqualTo(3);
    }
}
