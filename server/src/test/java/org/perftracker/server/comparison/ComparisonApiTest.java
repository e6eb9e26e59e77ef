package org.perftracker.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** Saved and computed comparisons through the API, on both databases. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ComparisonApiTest {
    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private static long base;
    private static long next;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db);
        base = upload("Nightly perf 1.0", new double[] {10, 11, 12}, new double[] {10, 10.1, 9.9}, true);
        next = upload("Nightly perf 1.1", new double[] {12, 13, 14}, new double[] {12, 12.1, 11.9}, false);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static long upload(String title, double[] noisy, double[] steady, boolean withExtra) {
        Fixtures.JobBuilder job = Fixtures.job().title(title)
                .test(TestResult.builder("Login").group("Latency").category("1 clients").metrics("ms").lessBetter(true)
                        .scores(noisy).build())
                .test(TestResult.builder("Login").group("Latency").category("4 clients").metrics("ms").lessBetter(true)
                        .scores(steady).build())
                .test(TestResult.builder("Home").group("Throughput").metrics("pages/s").scores(100, 101, 99).build());
        if (withExtra) {
            job.test(TestResult.builder("Upgrade").group("Upgrade").status(TestStatus.FAILED).build());
        }
        return server.upload(job.build()).json().get("id").asLong();
    }

    private static long create(String body) {
        RunningServer.Answer answer = server.postJson("/api/v1.0/1/comparison/", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("id").asLong();
    }

    private static List<JsonNode> rows(JsonNode result) {
        List<JsonNode> rows = new ArrayList<>();
        result.get("groups").forEach(g -> g.get("sections").forEach(s -> s.get("rows").forEach(rows::add)));
        return rows;
    }

    private static JsonNode row(JsonNode result, String title) {
        return rows(result).stream().filter(r -> r.get("title").asText().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void a_saved_comparison_gets_a_generated_title_and_marks_the_significantly_worse_row() {
        long id = create("{\"jobs\": [" + base + ", " + next + "], \"charts_type\": \"XY-line + trend\"}");
        JsonNode details = server.getJson("/api/v1.0/1/comparison/" + id);
        assertThat(details.get("title").asText()).isEqualTo("Nightly perf: 1.0 vs 1.1");
        assertThat(details.get("charts_type").asInt()).isEqualTo(3);
        assertThat(details.get("jobs")).hasSize(2);
        JsonNode result = server.getJson("/api/v1.0/1/comparison/" + id + "/result");
        // [10, 11, 12] → [12, 13, 14]: +18.2%, Welch p = 0.0705 (scipy.stats.ttest_ind(equal_var=False)): not
        // significant; [10, 10.1, 9.9] → [12, 12.1, 11.9]: +20%, p = 7.7e-6: worse for a latency
        JsonNode noisy = row(result, "1 clients").get("cells").get(1).get("diffs").get(0);
        assertThat(noisy.get("percent").asDouble()).isCloseTo(18.18, within(0.01));
        assertThat(noisy.get("p").asDouble()).isCloseTo(0.0705, within(1e-4));
        assertThat(noisy.get("verdict").asText()).isEqualTo("NO_SIGNIFICANT_CHANGE");
        JsonNode steady = row(result, "4 clients");
        assertThat(steady.get("verdict").asText()).isEqualTo("REGRESSION");
        assertThat(steady.get("cells").get(1).get("diffs").get(0).get("verdict").asText()).isEqualTo("WORSE");
        assertThat(row(result, "Upgrade").get("cells").get(1).get("state").asText()).isEqualTo("MISSING");
    }

    @Test
    void a_job_uploaded_again_is_compared_with_its_new_values_on_the_next_request() {
        java.util.UUID uuid = java.util.UUID.randomUUID();
        long first = server.upload(Fixtures.job().uuid(uuid).title("Replaced 1").test(TestResult.builder("Search")
                .group("Replaced").metrics("ms").lessBetter(true).scores(10, 10.1, 9.9).build()).build())
                .json().get("id").asLong();
        String path = "/api/v1.0/1/comparison/result?jobs=" + base + "," + first;
        assertThat(row(server.getJson(path), "Search").get("cells").get(1).get("value").asDouble())
                .isCloseTo(10, within(1e-9));
        assertThat(row(server.getJson(path), "Search").get("cells").get(1).get("value").asDouble())
                .as("read again, from what the server kept").isCloseTo(10, within(1e-9));
        assertThat(server.upload(Fixtures.job().uuid(uuid).title("Replaced 1").test(TestResult.builder("Search")
                .group("Replaced").metrics("ms").lessBetter(true).scores(20, 20.2, 19.8).build()).build()).status())
                .isEqualTo(200);
        assertThat(row(server.getJson(path), "Search").get("cells").get(1).get("value").asDouble())
                .as("after the job was uploaded again").isCloseTo(20, within(1e-9));
    }

    @Test
    void a_single_score_with_uploaded_deviations_and_samples_is_tested_from_those_summaries() {
        long before = server.upload(Fixtures.job().title("Soak 2.0").test(TestResult.builder("Checkout")
                .group("Soak").metrics("orders/s").scores(100).addDeviation(2).samples(10).build()).build())
                .json().get("id").asLong();
        long after = server.upload(Fixtures.job().title("Soak 2.1").test(TestResult.builder("Checkout")
                .group("Soak").metrics("orders/s").scores(104).addDeviation(3).samples(8).build()).build())
                .json().get("id").asLong();
        JsonNode result = server.getJson("/api/v1.0/1/comparison/result?jobs=" + before + "," + after);
        // Welch from (mean, standard deviation, samples) = (100, 2, 10) → (104, 3, 8): t = 4 / √(2²/10 + 3²/8)
        // = 3.239105, ν = 11.711195, p = 0.00730833; scipy.stats.ttest_ind_from_stats(100, 2, 10, 104, 3, 8,
        // equal_var=False) agrees. Without the spreads, +4% on one score each is below the 5% "likely" threshold.
        JsonNode row = row(result, "Checkout");
        JsonNode diff = row.get("cells").get(1).get("diffs").get(0);
        assertThat(diff.get("percent").asDouble()).isCloseTo(4, within(1e-9));
        assertThat(diff.get("p").asDouble()).isCloseTo(0.00730833, within(1e-8));
        assertThat(diff.get("verdict").asText()).isEqualTo("BETTER");
        assertThat(row.get("verdict").asText()).isEqualTo("IMPROVEMENT");
        assertThat(row.get("cells").get(1).get("n").asInt()).as("the cell still shows its one score").isEqualTo(1);
    }

    @Test
    void the_result_comes_as_text_markdown_and_csv_and_filters_to_regressions() {
        long id = create("{\"title\": \"Manual\", \"jobs\": [" + base + ", " + next + "]}");
        String text = server.get("/api/v1.0/1/comparison/" + id + "/result?format=text").body();
        assertThat(text).contains("Login").contains("worse");
        String markdown = server.get("/api/v1.0/1/comparison/" + id + "/result?format=markdown&only=regressions")
                .body();
        assertThat(markdown).contains("|").contains("4 clients").doesNotContain("1 clients");
        RunningServer.Answer csv = server.get("/api/v1.0/1/comparison/" + id + "/result?format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("group,section,tag,category,metrics");
        assertThat(csv.body()).contains("regression");
        assertThat(server.get("/api/v1.0/1/comparison/" + id + "/result?format=pdf").status()).isEqualTo(400);
        JsonNode regressions = server.getJson("/api/v1.0/1/comparison/" + id + "/result?only=regressions");
        assertThat(rows(regressions)).extracting(r -> r.get("title").asText()).containsExactly("4 clients");
        JsonNode throughput = server.getJson("/api/v1.0/1/comparison/" + id + "/result?group=Throughput");
        assertThat(throughput.get("groups")).hasSize(1);
    }

    @Test
    void every_format_keeps_only_the_rows_asked_for_and_the_headers_count_the_whole_comparisons_regressions() {
        long id = create("{\"title\": \"Filtered\", \"jobs\": [" + base + ", " + next + "]}");
        String result = "/api/v1.0/1/comparison/" + id + "/result";
        String csv = server.get(result + "?format=csv&only=regressions").body();
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("4 clients").doesNotContain("1 clients");
        assertThat(server.get(result + "?format=text&group=Throughput").body()).contains("Home")
                .doesNotContain("Login");
        RunningServer.Answer improvements = server.get(result + "?format=text&only=improvements");
        assertThat(improvements.headers().firstValue("X-Comparison-Regressions")).hasValue("1");
        assertThat(improvements.headers().firstValue("X-Comparison-Failed")).hasValue("1");
        assertThat(server.get(result + "?only=nonsense").json().get("errors").has("only")).isTrue();
    }

    @Test
    void a_comparison_can_be_computed_without_saving_it() {
        JsonNode result = server.getJson("/api/v1.0/0/comparison/result?jobs=" + base + "," + next
                + "&values_type=Max%20values");
        assertThat(result.get("options").get("values").asText()).isEqualTo("MAX");
        assertThat(server.get("/api/v1.0/0/comparison/result?jobs=" + base + ",999999").json().get("message")
                .asText()).contains("Job with id = '999999' doesn't exist");
        assertThat(server.get("/api/v1.0/0/comparison/result").status()).isEqualTo(400);
    }

    @Test
    void bad_requests_name_the_field_and_project_zero_takes_the_first_jobs_project() {
        assertThat(server.postJson("/api/v1.0/1/comparison/", "{\"jobs\": [" + base + "], \"charts_type\": \"Pie\"}")
                .json().get("message").asText()).contains("Unknown type: Pie");
        assertThat(server.postJson("/api/v1.0/1/comparison/", "{\"title\": \"x\"}").json().get("errors").has("jobs"))
                .isTrue();
        for (String field : new String[] {"alpha", "likely_threshold"}) {
            RunningServer.Answer notNumber = server.postJson("/api/v1.0/1/comparison/",
                    "{\"jobs\": [" + base + "], \"" + field + "\": \"high\"}");
            assertThat(notNumber.status()).as(field).isEqualTo(400);
            assertThat(notNumber.json().get("errors").has(field)).as(notNumber.body()).isTrue();
        }
        RunningServer.Answer asText = server.postJson("/api/v1.0/1/comparison/",
                "{\"jobs\": [" + base + "], \"alpha\": \"0.01\", \"likely_threshold\": 10}");
        assertThat(asText.status()).as(asText.body()).isEqualTo(200);
        assertThat(server.getJson("/api/v1.0/1/comparison/" + asText.json().get("id").asLong()).get("alpha").asDouble())
                .isEqualTo(0.01);
        RunningServer.Answer zero = server.postJson("/api/v1.0/0/comparison/", "{\"jobs\": [" + next + "]}");
        assertThat(zero.status()).isEqualTo(200);
        assertThat(server.getJson("/api/v1.0/0/comparison/" + zero.json().get("id").asLong()).get("project").get("id")
                .asInt()).isEqualTo(1);
    }

    @Test
    void the_list_pages_and_searches_and_delete_and_update_round_trip() {
        long id = create("{\"title\": \"Searchable one\", \"jobs\": [" + base + ", " + next + "]}");
        JsonNode found = server.getJson("/api/v1.0/1/comparison/?search%5Bvalue%5D=searchable");
        assertThat(found.get("recordsFiltered").asInt()).isEqualTo(1);
        JsonNode row = found.get("data").get(0);
        assertThat(row.get("jobs")).hasSize(2);
        assertThat(row.get("tests_total").get(0).asInt()).isEqualTo(4);
        assertThat(server.delete("/api/v1.0/1/comparison/" + id).status()).isEqualTo(200);
        assertThat(server.getJson("/api/v1.0/1/comparison/?search%5Bvalue%5D=searchable").get("recordsFiltered")
                .asInt()).isZero();
        assertThat(server.put("/api/v1.0/1/comparison/" + id, "{\"title\": \"Back\", \"jobs\": [" + next + ", " + base
                + "]}").status()).isEqualTo(200);
        JsonNode back = server.getJson("/api/v1.0/1/comparison/" + id);
        assertThat(back.get("deleted").asBoolean()).isFalse();
        assertThat(back.get("jobs").get(0).get("id").asLong()).isEqualTo(next);
    }

    @Test
    void groups_tables_and_a_test_across_jobs_follow_the_reference_routes() {
        long id = create("{\"title\": \"Routes\", \"jobs\": [" + base + ", " + next + "]}");
        JsonNode groups = server.getJson("/api/v1.0/1/comparison/" + id + "/group/");
        assertThat(groups).extracting(g -> g.get("tag").asText()).containsExactly("Latency", "Throughput", "Upgrade");
        JsonNode tables = server.getJson("/api/v1.0/1/comparison/" + id + "/tables");
        assertThat(tables.size()).isGreaterThanOrEqualTo(3);
        JsonNode firstTable = tables.elements().next();
        assertThat(firstTable.get("table_data").get(0).size()).isGreaterThan(4);
        long testId = server.getJson("/api/v1.0/1/job/" + base + "/group/0/test/").get("data").get(3).get("id").asLong();
        JsonNode across = server.getJson("/api/v1.0/1/comparison/" + id + "/group/0/test/" + testId);
        assertThat(across).hasSize(2);
        assertThat(across.get(0).get("tag").asText()).isEqualTo("Upgrade");
        assertThat(across.get(1).isEmpty()).isTrue();
        assertThat(server.getJson("/api/v1.0/1/comparison/" + id + "/group/0/test/")).hasSize(2);
    }
}
