package org.perftracker.client.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftracker.client.Main;

/** {@code pt analyze} through {@link Main#run}, with standard output and error captured. */
class AnalyzeCommandTest {
    private static final String LABELLED = """
            {"format": 1, "series": [
              {"name": "step", "values": [10, 10, 10, 10, 10, 10, 10, 10, 12, 12, 12, 12, 12, 12, 12, 12],
               "changes": [8], "change_details": [{"index": 8, "magnitude": 0.2, "snr": 9}]},
              {"name": "flat", "values": [5, 5, 5, 5, 5, 5, 5, 5, 5, 5], "changes": []}]}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void detections_go_to_standard_output_as_json_and_scores_to_standard_error() throws IOException {
        Path input = file("series.json", LABELLED);
        assertThat(Main.run("analyze", input.toString())).isZero();
        JsonNode detections = new ObjectMapper().readTree(out());
        assertThat(detections.toString()).isEqualTo("{\"step\":[8],\"flat\":[]}");
        assertThat(err()).contains("precision 1.000  recall 1.000  F1 1.000")
                .contains("false alarms: 0.000 per 1,000 points")
                .contains("≥ 8: 1.000 (1/1)");
    }

    @Test
    void with_out_the_detections_go_to_the_file_and_the_scores_to_standard_output() throws IOException {
        Path input = file("series.json", LABELLED);
        Path output = dir.resolve("detections.json");
        assertThat(Main.run("analyze", input.toString(), "--out", output.toString())).isZero();
        assertThat(Files.readString(output)).isEqualTo("{\n  \"step\" : [ 8 ],\n  \"flat\" : [ ]\n}"
                + System.lineSeparator());
        assertThat(out()).contains("F1 1.000");
        assertThat(err()).isEmpty();
    }

    @Test
    void unlabelled_series_get_detections_and_no_scores() throws IOException {
        Path input = file("plain.json", "{\"series\": [{\"name\": \"a\", \"values\": [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]}]}");
        assertThat(Main.run("analyze", input.toString())).isZero();
        assertThat(out()).contains("\"a\" : [ 6 ]");
        assertThat(err()).isEmpty();
    }

    @Test
    void a_missing_file_is_one_line_on_standard_error_and_exit_code_three() {
        Path missing = dir.resolve("missing.json");
        assertThat(Main.run("analyze", missing.toString())).isEqualTo(3);
        assertThat(err()).isEqualTo("pt analyze: " + missing + ": no such file" + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void an_invalid_file_names_the_value_at_fault_without_a_stack_trace() throws IOException {
        Path input = file("bad.json", "{\"series\": [{\"name\": \"a\", \"values\": [1, \"x\"]}]}");
        assertThat(Main.run("analyze", input.toString())).isEqualTo(3);
        assertThat(err()).isEqualTo("pt analyze: " + input + ": series[0].values[1]: must be a finite number, got \"x\""
                + System.lineSeparator());
    }

    @Test
    void a_file_that_is_not_json_exits_with_three() throws IOException {
        Path input = file("bad.json", "series: [1, 2]");
        assertThat(Main.run("analyze", input.toString())).isEqualTo(3);
        assertThat(err()).startsWith("pt analyze: " + input + ": not valid JSON: ").doesNotContain("\tat ");
    }

    @Test
    void an_unwritable_output_exits_with_three() throws IOException {
        Path input = file("series.json", LABELLED);
        Path output = dir.resolve("no-such-dir").resolve("d.json");
        assertThat(Main.run("analyze", input.toString(), "--out", output.toString())).isEqualTo(3);
        assertThat(err()).startsWith("pt analyze: " + output + ": cannot be written");
    }

    @Test
    void a_missing_argument_or_a_bad_setting_is_a_usage_error() throws IOException {
        assertThat(Main.run("analyze")).isEqualTo(2);
        assertThat(err()).contains("Missing required parameter: 'FILE.json'");
        Path input = file("series.json", LABELLED);
        assertThat(Main.run("analyze", input.toString(), "--p-value", "2")).isEqualTo(2);
        assertThat(err()).contains("--p-value must be in (0, 1), got 2.0").doesNotContain("\tat ");
        assertThat(Main.run("analyze", input.toString(), "--window", "10")).isEqualTo(2);
        assertThat(err()).contains("--window must be at least 24, got 10");
    }

    @Test
    void help_lists_the_options_and_exit_codes() {
        assertThat(Main.run("analyze", "--help")).isZero();
        assertThat(out()).contains("--out=FILE.json", "--window=POINTS", "--p-value=ALPHA", "--min-change=FRACTION",
                "0.01 = 1% (default:", "Exit codes: 0 ok, 2 usage, 3 unreadable or invalid file.");
        assertThat(err()).isEmpty();
    }
}
