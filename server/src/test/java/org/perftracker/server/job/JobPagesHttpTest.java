package org.perftracker.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;
import org.perftracker.core.upload.UploadWriter;
import org.perftracker.server.page.Assets;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** The job pages over HTTP, without a browser: statuses, escaping, URL state, forms and downloads. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class JobPagesHttpTest {
    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private static long xssJob;
    private static long groupsJob;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db);
        for (int i = 0; i < 7; i++) {
            server.upload(Fixtures.job().title("Build " + (char) ('a' + i)).product("shop", "3." + i)
                    .times(Instant.parse("2024-05-01T00:00:00Z").plusSeconds(3600L * i),
                            Instant.parse("2024-05-01T00:10:00Z").plusSeconds(3600L * i))
                    .test("t", i + 1).build());
        }
        xssJob = server.upload(Fixtures.job().title("<script>alert('title')</script>")
                .link("evil", "javascript:alert(1)").link("fine", "https://ci.example.com/1")
                .test(TestResult.builder("<img src=x onerror=alert(1)>").group("g").scores(1, 2).build())
                .build()).json().get("id").asLong();
        groupsJob = server.upload(Fixtures.job().title("Groups")
                .test(TestResult.builder("login").group("Latency").metrics("ms").scores(1.5, 1.7).build())
                .test(TestResult.builder("home").group("Throughput").status(TestStatus.FAILED).addError("boom")
                        .build())
                .build()).json().get("id").asLong();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static RunningServer.Answer html(String path) {
        RunningServer.Answer answer = server.get(path);
        assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        return answer;
    }

    @Test
    void pages_answer_200_with_html_and_the_reference_home_url_redirects() {
        assertThat(html("/").status()).isEqualTo(200);
        assertThat(html("/1/job/").status()).isEqualTo(200);
        assertThat(html("/0/job/").body()).contains("Default project");
        assertThat(html("/1/job/" + groupsJob).status()).isEqualTo(200);
        assertThat(server.get("/1/home/").headers().firstValue("Location")).hasValue("/?project=1");
        assertThat(server.get("/0/home/").headers().firstValue("Location")).hasValue("/");
        assertThat(html("/?project=1").body()).contains("Build g");
    }

    @Test
    void what_does_not_exist_is_a_404_page_for_pages_and_json_for_the_api() {
        for (String path : new String[] {"/1/job/999999", "/77/job/", "/abc/job/", "/1/job/abc",
            "/1/job/" + groupsJob + "/test/999999", "/no/such/page", "/1/job/999999/edit", "/?project=77"}) {
            RunningServer.Answer answer = html(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("<h1>Not found", "Request id:").doesNotContain("Exception");
        }
        RunningServer.Answer api = server.get("/api/v1.0/1/job/999999");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json().get("message").asText()).contains("999999");
        assertThat(server.get("/api/v1.0/1/nothing/here").json().has("message")).isTrue();
    }

    @Test
    void uploaded_text_is_escaped_and_unsafe_links_are_not_links() {
        String page = html("/1/job/" + xssJob).body();
        assertThat(page).contains("&lt;script&gt;alert('title')&lt;/script&gt;",
                "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>alert(", "<img src=x", "href=\"javascript:");
        assertThat(page).contains("href=\"https://ci.example.com/1\"", "evil: javascript:alert(1)");
        assertThat(html("/1/job/").body()).doesNotContain("<script>alert(");
        assertThat(server.get("/1/job/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'"));
    }

    @Test
    void the_list_state_lives_in_the_url() {
        String byTitle = html("/1/job/?sort=title&dir=asc").body();
        assertThat(byTitle.indexOf("Build a")).isLessThan(byTitle.indexOf("Build b"));
        String newest = html("/1/job/").body();
        assertThat(newest.indexOf("Build g")).isLessThan(newest.indexOf("Build a"));
        assertThat(html("/1/job/?q=3.4").body()).contains("Build e").doesNotContain("Build d");
        assertThat(html("/1/job/?q=3.4").body()).contains("1–1 of 1 jobs");
        assertThat(html("/1/job/?page=99").body()).containsPattern("0 of \\d+ jobs").contains("No jobs match");
        assertThat(html("/1/job/?size=7&page=-3&sort=nonsense").status()).isEqualTo(200);
    }

    @Test
    void the_job_page_filters_tests_by_group_and_marks_failed_ones() {
        String all = html("/1/job/" + groupsJob).body();
        assertThat(all).contains("login", "home", "1 error, FAILED", "bad-row");
        String groups = server.getJson("/api/v1.0/1/job/" + groupsJob + "/group/").toString();
        long latency = server.getJson("/api/v1.0/1/job/" + groupsJob + "/group/").get(0).get("id").asLong();
        assertThat(groups).contains("Latency");
        String filtered = html("/1/job/" + groupsJob + "?group=" + latency).body();
        assertThat(filtered).contains("login").doesNotContain("1 error, FAILED");
        assertThat(filtered).contains("<option value=\"" + latency + "\" selected>");
    }

    @Test
    void a_test_has_its_own_page_and_a_fragment_for_the_expanded_row() {
        long testId = server.getJson("/api/v1.0/1/job/" + groupsJob + "/group/0/test/").get("data").get(0).get("id")
                .asLong();
        String page = html("/1/job/" + groupsJob + "/test/" + testId).body();
        assertThat(page).contains("<html", "95% CI of the mean", "data-chart-scores=\"[1.5,1.7]\"", Assets.ECHARTS);
        String part = html("/1/job/" + groupsJob + "/test/" + testId + "?part=1").body();
        assertThat(part).doesNotContain("<html").contains("95% CI of the mean");
        assertThat(html("/1/job/" + groupsJob + "?part=details").body()).doesNotContain("<html").contains("UUID");
        assertThat(server.get(Assets.ECHARTS).status()).isEqualTo(200);
        assertThat(server.get("/static/pt.js").status()).isEqualTo(200);
    }

    @Test
    void the_csv_download_has_a_row_per_test_with_statistics_and_raw_scores() {
        RunningServer.Answer csv = server.get("/1/job/" + groupsJob + "?as_csv=1");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"job-" + groupsJob + "-Groups.csv\"");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("#,group,tag,category,metrics").endsWith(",score 1,score 2");
        assertThat(lines[1]).startsWith("1,Latency,login,,ms,").endsWith(",1.5,1.7");
        assertThat(lines[2]).contains(",FAILED,1,");
    }

    @Test
    void the_upload_form_redirects_with_a_message_and_refuses_bad_files_without_a_500() {
        byte[] job = new UploadWriter(new ObjectMapper()).toBytes(Fixtures.job().title("In the file")
                .test("x", 1).build());
        RunningServer.Answer ok = server.send(Forms.multipart(server, "/1/job/?sort=title&dir=asc", "job_file",
                "job.json", job, Map.of("job_title", "From the form")));
        assertThat(ok.status()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location")).hasValue("/1/job/?sort=title&dir=asc");
        String after = server.send(HttpRequest.newBuilder(server.uri("/1/job/?q=From%20the%20form"))
                .header("Cookie", Forms.cookie(ok, "pt_flash"))).body();
        assertThat(after).contains("has been created", "From the form");

        RunningServer.Answer bad = server.send(Forms.multipart(server, "/1/job/", "job_file", "bad.json",
                "{\"tests\": [{\"tag\": \"\"}]".getBytes(StandardCharsets.UTF_8), Map.of()));
        assertThat(bad.status()).isEqualTo(303);
        String refused = server.send(HttpRequest.newBuilder(server.uri("/1/job/"))
                .header("Cookie", Forms.cookie(bad, "pt_flash"))).body();
        assertThat(refused).contains("flash-error", "not uploaded", "not valid JSON");

        RunningServer.Answer none = server.send(Forms.multipart(server, "/1/job/", "job_file", "", new byte[0],
                Map.of()));
        assertThat(none.status()).isEqualTo(303);
        assertThat(server.send(Forms.multipart(server, "/77/job/", "job_file", "job.json", job, Map.of())).status())
                .isEqualTo(404);
    }

    @Test
    void the_edit_form_saves_refuses_an_empty_title_and_delete_and_undelete_work() {
        long id = server.upload(Fixtures.job().title("To edit").link("evil", "javascript:alert(1)").test("t", 1)
                .build()).json().get("id").asLong();
        String path = "/1/job/" + id;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Edited title");
        fields.put("product_name", "shop");
        fields.put("product_ver", "9.9");
        fields.put("suite_ver", "s1");
        fields.put("link_name", "docs");
        fields.put("link_url", "https://docs.example.com/");
        RunningServer.Answer saved = server.send(Forms.urlEncoded(server, path + "/edit", fields));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue(path);
        var job = server.getJson("/api/v1.0/1/job/" + id);
        assertThat(job.get("title").asText()).isEqualTo("Edited title");
        assertThat(job.get("product_ver").asText()).isEqualTo("9.9");
        assertThat(job.get("links").toString()).contains("docs").doesNotContain("evil");

        fields.put("title", "");
        RunningServer.Answer refused = server.send(Forms.urlEncoded(server, path + "/edit", fields));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("title: must not be empty", "https://docs.example.com/");

        assertThat(server.send(Forms.urlEncoded(server, path + "/delete", Map.of())).status()).isEqualTo(303);
        assertThat(server.getJson("/api/v1.0/1/job/" + id).get("deleted").asBoolean()).isTrue();
        assertThat(html(path).body()).contains("DELETED", "/undelete");
        assertThat(server.send(Forms.urlEncoded(server, path + "/undelete", Map.of())).status()).isEqualTo(303);
        assertThat(server.getJson("/api/v1.0/1/job/" + id).get("deleted").asBoolean()).isFalse();
    }
}
