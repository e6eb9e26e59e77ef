package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
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

/** The read routes of jobs and tests: DataTables paging, sorting and search; details; 404s. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class JobApiTest {
    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private static long richJob;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db);
        for (int i = 0; i < 12; i++) {
            server.upload(Fixtures.job().title("Nightly " + (char) ('a' + i)).product("app", "1." + i)
                    .suiteVer(i % 2 == 0 ? "2.0" : "2.1")
                    .times(Instant.parse("2024-05-01T00:00:00Z").plusSeconds(3600L * i),
                            Instant.parse("2024-05-01T00:30:00Z").plusSeconds(3600L * i))
                    .test("a", i).build());
        }
        RunningServer.Answer rich = server.upload(Fixtures.job().title("Rich 100%_job")
                .times(Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2024-04-01T00:10:00Z"))
                .test(TestResult.builder("login").group("Latency").category("1 clients").scores(1.5, 1.7).build())
                .test(TestResult.builder("login").group("Latency").category("4 clients").scores(2.5)
                        .addError("timeout").build())
                .test(TestResult.builder("home").group("Throughput").category("4 clients")
                        .status(TestStatus.FAILED).build())
                .test(TestResult.builder("<script>alert(1)</script>").group("Throughput").scores(7).build())
                .build());
        richJob = rich.json().get("id").asLong();
        long deleted = server.upload(Fixtures.job().title("Deleted one").test("a", 1).build()).json().get("id")
                .asLong();
        server.delete("/api/v1.0/1/job/" + deleted);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("data").forEach(r -> titles.add(r.get("title").asText()));
        return titles;
    }

    private static String order(int column, String dir) {
        return "&order%5B0%5D%5Bcolumn%5D=" + column + "&order%5B0%5D%5Bdir%5D=" + dir;
    }

    @Test
    void the_list_pages_newest_first_and_hides_deleted_jobs() {
        JsonNode first = server.getJson("/api/v1.0/1/job/?draw=7&start=0&length=5");
        assertThat(first.get("draw").asInt()).isEqualTo(7);
        assertThat(first.get("recordsTotal").asInt()).isEqualTo(13);
        assertThat(titles(first)).containsExactly("Nightly l", "Nightly k", "Nightly j", "Nightly i", "Nightly h");
        JsonNode last = server.getJson("/api/v1.0/1/job/?start=10&length=5");
        assertThat(titles(last)).containsExactly("Nightly b", "Nightly a", "Rich 100%_job");
        assertThat(server.getJson("/api/v1.0/0/job/?length=-1").get("recordsTotal").asInt()).isEqualTo(13);
    }

    @Test
    void every_column_sorts() {
        assertThat(titles(server.getJson("/api/v1.0/1/job/?length=3" + order(7, "asc"))))
                .containsExactly("Nightly a", "Nightly b", "Nightly c");
        assertThat(titles(server.getJson("/api/v1.0/1/job/?length=2" + order(6, "desc"))))
                .containsExactly("Nightly j", "Nightly i");
        assertThat(titles(server.getJson("/api/v1.0/1/job/?length=1" + order(10, "desc"))))
                .containsExactly("Rich 100%_job");
        assertThat(titles(server.getJson("/api/v1.0/1/job/?length=1" + order(12, "desc"))))
                .containsExactly("Rich 100%_job");
        for (int column = 0; column <= 14; column++) {
            for (String dir : List.of("asc", "desc")) {
                assertThat(server.getJson("/api/v1.0/1/job/?length=50" + order(column, dir)).get("data"))
                        .as("column %d %s", column, dir).hasSize(13);
            }
        }
    }

    @Test
    void search_matches_title_and_versions_case_insensitively_and_literally() {
        JsonNode page = server.getJson("/api/v1.0/1/job/?search%5Bvalue%5D=NIGHTLY%20C");
        assertThat(titles(page)).containsExactly("Nightly c");
        assertThat(page.get("recordsFiltered").asInt()).isEqualTo(1);
        assertThat(page.get("recordsTotal").asInt()).isEqualTo(13);
        assertThat(server.getJson("/api/v1.0/1/job/?search%5Bvalue%5D=2.1").get("recordsFiltered").asInt())
                .isEqualTo(6);
        assertThat(titles(server.getJson("/api/v1.0/1/job/?search%5Bvalue%5D=100%25_"))).containsExactly(
                "Rich 100%_job");
        assertThat(server.getJson("/api/v1.0/1/job/?search%5Bvalue%5D=1%25").get("recordsFiltered").asInt())
                .isZero();
        JsonNode middle = server.getJson("/api/v1.0/1/job/?search%5Bvalue%5D=2.1&start=4&length=2");
        assertThat(middle.get("data")).hasSize(2);
        assertThat(middle.get("recordsFiltered").asInt()).isEqualTo(6);
        JsonNode beyond = server.getJson("/api/v1.0/1/job/?search%5Bvalue%5D=2.1&start=10&length=2");
        assertThat(beyond.get("data")).isEmpty();
        assertThat(beyond.get("recordsFiltered").asInt()).as("counted without a row to count on").isEqualTo(6);
    }

    @Test
    void an_edited_job_is_found_by_its_new_title_and_not_by_its_old_one() {
        long id = server.upload(Fixtures.job().title("Searchable zebra").test("t", 1).build()).json().get("id")
                .asLong();
        try {
            assertThat(titles(server.getJson("/api/v1.0/1/job/?search%5Bvalue%5D=zebra")))
                    .containsExactly("Searchable zebra");
            assertThat(server.put("/api/v1.0/1/job/" + id, "{\"job_title\": \"Renamed okapi\"}").status())
                    .isEqualTo(200);
            assertThat(titles(server.getJson("/api/v1.0/1/job/?search%5Bvalue%5D=zebra"))).isEmpty();
            assertThat(titles(server.getJson("/api/v1.0/1/job/?search%5Bvalue%5D=OKAPI")))
                    .containsExactly("Renamed okapi");
        } finally {
            server.delete("/api/v1.0/1/job/" + id);
        }
    }

    @Test
    void one_job_has_its_counters_and_a_deleted_job_is_still_readable() {
        JsonNode job = server.getJson("/api/v1.0/1/job/" + richJob);
        assertThat(job.get("tests_total").asInt()).isEqualTo(4);
        assertThat(job.get("tests_errors").asInt()).isEqualTo(2);
        assertThat(job.get("duration").asInt()).isEqualTo(600);
        assertThat(job.get("project").get("name").asText()).isEqualTo("Default project");
        assertThat(server.get("/api/v1.0/1/job/999999").status()).isEqualTo(404);
        assertThat(server.get("/api/v1.0/1/job/abc").status()).isEqualTo(400);
        assertThat(server.get("/api/v1.0/77/job/").status()).isEqualTo(404);
    }

    @Test
    void groups_come_in_the_order_of_their_first_test_and_filter_the_test_list() {
        JsonNode groups = server.getJson("/api/v1.0/1/job/" + richJob + "/group/");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("tag").asText()).isEqualTo("Latency");
        long throughput = groups.get(1).get("id").asLong();
        JsonNode tests = server.getJson("/api/v1.0/1/job/" + richJob + "/group/" + throughput + "/test/");
        assertThat(tests.get("recordsTotal").asInt()).isEqualTo(2);
        assertThat(tests.get("data").get(0).get("tag").asText()).isEqualTo("home");
        assertThat(server.get("/api/v1.0/1/job/" + richJob + "/group/99999/test/").status()).isEqualTo(404);
    }

    @Test
    void the_test_list_sorts_errors_with_failed_tests_and_searches_tags_and_categories() {
        String base = "/api/v1.0/1/job/" + richJob + "/group/0/test/?length=10";
        JsonNode byErrors = server.getJson(base + order(9, "desc"));
        List<String> statuses = new ArrayList<>();
        byErrors.get("data").forEach(r -> statuses.add(r.get("tag").asText() + "/" + r.get("status").asText()));
        assertThat(statuses.subList(0, 2)).containsExactly("login/SUCCESS", "home/FAILED");
        JsonNode search = server.getJson(base + "&search%5Bvalue%5D=4%20clients");
        assertThat(search.get("recordsFiltered").asInt()).isEqualTo(2);
        for (int column = 0; column <= 10; column++) {
            assertThat(server.getJson(base + order(column, "asc")).get("data")).hasSize(4);
        }
    }

    @Test
    void a_test_shows_raw_scores_and_messages_and_belongs_to_its_job() {
        JsonNode rows = server.getJson("/api/v1.0/1/job/" + richJob + "/group/0/test/").get("data");
        long login4 = rows.get(1).get("id").asLong();
        JsonNode test = server.getJson("/api/v1.0/1/job/" + richJob + "/group/0/test/" + login4);
        assertThat(test.get("category").asText()).isEqualTo("4 clients");
        assertThat(test.get("scores").isArray()).isTrue();
        assertThat(test.get("error_messages").get(0).asText()).isEqualTo("timeout");
        assertThat(test.get("links").isObject()).isTrue();
        assertThat(server.get("/api/v1.0/1/job/" + (richJob - 1) + "/group/0/test/" + login4).status())
                .isEqualTo(404);
    }

    @Test
    void the_json_download_is_a_valid_upload_of_the_same_job() {
        RunningServer.Answer download = server.get("/1/job/" + richJob + "?as_json=1");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"job-" + richJob + "-Rich_100__job.json\"");
        RunningServer.Answer again = server.post("/api/v1.0/1/job/", download.body());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(richJob);
        JsonNode after = server.getJson("/api/v1.0/1/job/" + richJob);
        assertThat(after.get("tests_total").asInt()).isEqualTo(4);
        assertThat(after.get("tests_errors").asInt()).isEqualTo(2);
    }
}
