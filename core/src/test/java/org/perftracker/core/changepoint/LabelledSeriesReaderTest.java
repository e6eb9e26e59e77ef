package org.perftracker.core.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LabelledSeriesReaderTest {
    private final LabelledSeriesReader reader = new LabelledSeriesReader(new ObjectMapper());

    private List<LabelledSeries> read(String json) throws IOException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private void assertRejected(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidSeriesFileException.class).hasMessage(message);
    }

    @Test
    void a_labelled_series_keeps_its_changes_with_their_details() throws IOException {
        List<LabelledSeries> series = read("""
                {"format": 1, "generator_seed": 5, "series": [
                  {"name": "a", "noise": "gauss", "less_better": true, "values": [1, 1, 1, 2, 2, 2],
                   "changes": [3], "change_details": [{"index": 3, "magnitude": 1.0, "snr": 6.5}]},
                  {"name": "b", "values": [5, 5.5], "changes": []},
                  {"name": "c", "values": [7, 8, 9]}]}
                """);
        assertThat(series).hasSize(3);
        LabelledSeries a = series.get(0);
        assertThat(a.values()).containsExactly(1, 1, 1, 2, 2, 2);
        assertThat(a.labelled()).isTrue();
        assertThat(a.labels()).containsExactly(new LabelledSeries.Label(3, OptionalDouble.of(1), OptionalDouble.of(6.5)));
        assertThat(series.get(1).labelled()).isTrue();
        assertThat(series.get(1).labels()).isEmpty();
        assertThat(series.get(2).labelled()).isFalse();
    }

    @Test
    void a_change_without_details_has_no_snr() throws IOException {
        LabelledSeries s = read("{\"series\": [{\"name\": \"a\", \"values\": [1, 1, 2, 2], \"changes\": [2]}]}").get(0);
        assertThat(s.labels()).containsExactly(LabelledSeries.Label.at(2));
    }

    @Test
    void the_shared_labelled_file_has_two_hundred_series() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/changepoints/series.json")) {
            List<LabelledSeries> series = reader.read(in);
            assertThat(series).hasSize(200);
            assertThat(series.stream().mapToInt(LabelledSeries::length).sum()).isEqualTo(146_600);
            assertThat(series.stream().mapToInt(s -> s.labels().size()).sum()).isEqualTo(374);
            assertThat(series.stream().filter(s -> s.labels().isEmpty())).hasSize(58);
            assertThat(series.get(0).name()).isEqualTo("s0000-gauss-n300-cv0.05-k1");
            assertThat(series.get(0).labels().get(0).snr()).hasValue(4.39);
        }
    }

    @Test
    void broken_json_is_reported_with_its_position() {
        assertThatThrownBy(() -> read("{\"series\": [1, }")).isInstanceOf(InvalidSeriesFileException.class)
                .hasMessageStartingWith("not valid JSON: ").hasMessageContaining("line 1, column");
    }

    @Test
    void every_rule_is_reported_with_the_path_of_the_value_that_breaks_it() {
        assertRejected("[]", "must be a JSON object with a \"series\" list");
        assertRejected("{\"format\": 2, \"series\": []}", "format: only format 1 is known, got 2");
        assertRejected("{\"series\": {}}", "series: must be a list of series");
        assertRejected("{\"series\": [{\"values\": [1]}]}", "series[0].name: must be a non-empty string");
        assertRejected("{\"series\": [{\"name\": \"a\"}]}", "series[0].values: must be a list of numbers");
        assertRejected("{\"series\": [{\"name\": \"a\", \"values\": [1, \"n/a\"]}]}",
                "series[0].values[1]: must be a finite number, got \"n/a\"");
        assertRejected("{\"series\": [{\"name\": \"a\", \"values\": [1]}, {\"name\": \"a\", \"values\": [2]}]}",
                "series[1].name: \"a\" is used by an earlier series; names must be unique");
        assertRejected("{\"series\": [{\"name\": \"a\", \"values\": [1, 2, 3], \"changes\": [3]}]}",
                "series[0].changes[0]: must be an index in (0, 3), increasing; got 3");
        assertRejected("{\"series\": [{\"name\": \"a\", \"values\": [1, 2, 3, 4], \"changes\": [2, 2]}]}",
                "series[0].changes[1]: must be an index in (2, 4), increasing; got 2");
        assertRejected("{\"series\": [{\"name\": \"a\", \"values\": [1, 2, 3], \"changes\": [1],"
                + " \"change_details\": [{\"index\": 2, \"snr\": 3}]}]}",
                "series[0].change_details: index 2 is not one of the changes");
        assertRejected("{\"series\": [{\"name\": \"a\", \"values\": [1, 2, 3], \"changes\": [1],"
                + " \"change_details\": [{\"index\": 1, \"snr\": \"high\"}]}]}",
                "series[0].change_details[0].snr: must be a finite number, got \"high\"");
    }
}
