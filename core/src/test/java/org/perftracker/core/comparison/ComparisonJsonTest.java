package org.perftracker.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.junit.jupiter.api.Test;

class ComparisonJsonTest {

    @Test
    void a_comparison_round_trips_through_a_plain_object_mapper() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Comparison c = ComparisonTextTest.nightly();
        Comparison back = mapper.readValue(mapper.writeValueAsString(c), Comparison.class);
        assertThat(back).isEqualTo(c);
    }

    @Test
    void a_comparison_round_trips_with_the_apis_snake_case_names() throws Exception {
        ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        Comparison c = Jobs.compare(ComparisonOptions.DEFAULTS.withCharts(ChartType.LINE_TREND),
                Jobs.job(1, "a").test("g", "t", "1 c", 1, 2).test("g", "t", "2 c", 3, 4).test("g", "t", "4 c", 5, 6),
                Jobs.job(2, "b").test("g", "t", "1 c", 1, 3).test("g", "t", "4 c", 5, 7));
        String json = mapper.writeValueAsString(c);
        assertThat(json).contains("\"p_adjusted\":").contains("\"x_axis_name\":\"c\"").contains("\"hidden_rows\":0");
        assertThat(mapper.readValue(json, Comparison.class)).isEqualTo(c);
    }

    @Test
    void undefined_numbers_are_json_null_not_zero() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Comparison c = Jobs.compare(Jobs.job(1, "a").test("g", "zero", "", 0).test("g", "gone", "", 1),
                Jobs.job(2, "b").test("g", "zero", "", 5));
        JsonNode rows = mapper.readTree(mapper.writeValueAsString(c)).at("/groups/0/sections/0/rows");
        JsonNode zeroBase = rows.get(0).at("/cells/1/diffs/0");
        assertThat(zeroBase.get("percent").isNull()).isTrue();
        assertThat(zeroBase.get("p").isNull()).isTrue();
        assertThat(zeroBase.get("verdict").asText()).isEqualTo("NO_VARIANCE_INFORMATION");
        JsonNode missing = rows.get(1).at("/cells/1");
        assertThat(missing.get("state").asText()).isEqualTo("MISSING");
        assertThat(missing.get("value").isNull()).isTrue();
    }
}
