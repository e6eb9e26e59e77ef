package org.perftracker.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.TestResult;
import org.perftracker.core.upload.TestStatus;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** The comparison pages over HTTP, without a browser: statuses, escaping, filters in the URL, parts, forms. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ComparisonPagesHttpTest {
    /** More one-row sections than the page shows at once, so that it comes in parts. */
    private static final int MANY = 45;

    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private static long small;
    private static long large;
    private static long baseLogin;
    private static long baseJob;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db);
        long base = upload("Nightly <b>1.0</b>", new double[] {10, 10.1, 9.9}, false);
        baseJob = base;
        long next = upload("Nightly <b>1.1</b>", new double[] {12, 12.1, 11.9}, true);
        small = create("{\"title\": \"Release <script>alert('t')</script>\", \"jobs\": [" + base + ", " + next
                + "]}");
        baseLogin = server.getJson("/api/v1.0/1/job/" + base + "/group/0/test/").get("data").get(0).get("id")
                .asLong();
        Fixtures.JobBuilder one = Fixtures.job().title("Wide 1");
        Fixtures.JobBuilder two = Fixtures.job().title("Wide 2");
        for (int i = 0; i < MANY; i++) {
            one.test(TestResult.builder("case " + i).group("Wide").category("8 clients").scores(100, 101, 99).build());
            two.test(TestResult.builder("case " + i).group("Wide").category("8 clients").scores(100, 101, 99).build());
        }
        large = create("{\"jobs\": [" + id(server.upload(one.build())) + ", " + id(server.upload(two.build()))
                + "]}");
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static long upload(String title, double[] login, boolean failing) {
        return id(server.upload(Fixtures.job().title(title)
                .test(TestResult.builder("login").group("Latency").category("4 clients").metrics("ms")
                        .lessBetter(true).scores(login).build())
                .test(TestResult.builder("<img src=x onerror=alert(1)>").group("<i>Throughput</i>")
                        .metrics("pages/s").scores(100, 101, 99).build())
                .test(TestResult.builder("migrate").group("Upgrade").status(failing ? TestStatus.FAILED
                        : TestStatus.SUCCESS).scores(5, 5.1).build())
                .build()));
    }

    private static long id(RunningServer.Answer answer) {
        return answer.json().get("id").asLong();
    }

    private static long create(String body) {
        RunningServer.Answer answer = server.postJson("/api/v1.0/1/comparison/", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return id(answer);
    }

    private static RunningServer.Answer html(String path) {
        RunningServer.Answer answer = server.get(path);
        assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        return answer;
    }

    private static String page(String path) {
        RunningServer.Answer answer = html(path);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void the_comparison_page_shows_its_jobs_its_method_and_marks_the_worse_row_in_words() {
        String body = page("/1/comparison/" + small);
        assertThat(body).contains("<h1>Comparison #" + small + ": Release &lt;script&gt;",
                "#1: &lt;b&gt;1.0&lt;/b&gt;", "#2: &lt;b&gt;1.1&lt;/b&gt;", ">baseline<", "Welch's t-test", "α = 0.05", "Benjamini–Hochberg",
                "href=\"/1/job/?edit=" + small + "\"", "/api/v1.0/1/comparison/" + small + "/result?format=csv",
                "aria-current=\"page\">Comparisons</a>", "/static/comparison.js");
        Matcher worse = Pattern.compile("<td class=\"chg v-worse\" title=\"[^\"]*\">\\+20.0% <span class=\"word\">"
                + "worse</span></td>").matcher(body);
        assertThat(worse.find()).as("the login row is +20% worse").isTrue();
        assertThat(body).contains("class=\"count v-worse\">1 regression</span>",
                "class=\"count v-failed\">1 failed</span>", "failed ✗", "data-chart=\"");
        assertThat(body).doesNotContain("data-part-href");
    }

    @Test
    void uploaded_text_is_escaped_in_the_page_its_parts_its_list_and_its_chart_data() {
        String body = page("/1/comparison/" + small);
        assertThat(body).contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;i&gt;Throughput&lt;/i&gt;",
                "Nightly &lt;b&gt;1.0&lt;/b&gt;")
                .doesNotContain("<script>alert(", "<img src=x", "<b>1.0", "<i>Throughput");
        assertThat(page("/1/comparison/")).contains("Release &lt;script&gt;").doesNotContain("<script>alert(");
        assertThat(page("/1/comparison/" + small + "/part?n=1")).doesNotContain("<html", "<img src=x", "<b>1.0")
                .contains("&lt;img src=x");
        assertThat(server.get("/1/comparison/" + small).headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    }

    @Test
    void the_filter_the_search_and_the_group_live_in_the_url() {
        String regressions = page("/1/comparison/" + small + "?only=regressions");
        assertThat(regressions).contains("data-row=").contains(">4 clients</a>")
                .doesNotContain(">migrate</a>", "onerror=alert(1)&gt;</a>");
        assertThat(regressions).contains("href=\"/1/comparison/" + small + "?only=regressions\" data-only="
                + "\"regressions\" aria-current=\"true\"");
        assertThat(regressions).contains("/result?only=regressions&amp;format=csv");
        assertThat(page("/1/comparison/" + small + "?only=failed")).contains(">migrate</a>")
                .doesNotContain(">4 clients</a>");
        assertThat(page("/1/comparison/" + small + "?only=improvements")).contains("No tests match");
        assertThat(page("/1/comparison/" + small + "?q=MIGR")).contains(">migrate</a>").doesNotContain(">4 clients</a>")
                .contains("value=\"MIGR\"");
        assertThat(page("/1/comparison/" + small + "?group=Upgrade")).contains(">migrate</a>", "Show every group")
                .doesNotContain(">4 clients</a>");
        assertThat(page("/1/comparison/" + small + "?only=nonsense")).contains(">4 clients</a>", ">migrate</a>");
    }

    @Test
    void a_large_comparison_comes_in_parts_the_first_with_the_page() {
        String body = page("/1/comparison/" + large);
        assertThat(count(body, "<section class=\"cmp-section\"")).isEqualTo(20);
        assertThat(count(body, "data-part-href=")).isEqualTo(2);
        assertThat(body).contains("data-part-href=\"/1/comparison/" + large + "/part?n=1\"", "style=\"min-height: ");
        String part = page("/1/comparison/" + large + "/part?n=2");
        assertThat(part).doesNotContain("<html").contains("<div class=\"cmp-part-answer\" data-part-answer=\"2\">");
        assertThat(count(part, "<section class=\"cmp-section\"")).isEqualTo(MANY - 40);
        String two = page("/1/comparison/" + large + "/part?n=1&n=2");
        assertThat(count(two, "data-part-answer=")).isEqualTo(2);
        assertThat(count(two, "<section class=\"cmp-section\"")).isEqualTo(MANY - 20);
        assertThat(html("/1/comparison/" + large + "/part?n=0&only=failed").status()).as("no rows, no parts")
                .isEqualTo(404);
        assertThat(html("/1/comparison/" + large + "/part?n=3").status()).isEqualTo(404);
        assertThat(html("/1/comparison/" + large + "/part?n=x").status()).isEqualTo(404);
        assertThat(page("/1/comparison/" + large + "?group=Wide")).doesNotContain("data-part-href")
                .contains("case 44");
    }

    @Test
    void a_row_expands_into_every_jobs_iterations_side_by_side() {
        String part = page("/1/comparison/" + small + "/test/" + baseLogin + "?part=1");
        assertThat(part).doesNotContain("<html").contains("#1: &lt;b&gt;1.0", "#2: &lt;b&gt;1.1", "95% CI of the mean",
                "data-iterations=\"", ">10.1<", ">12.1<", "<th scope=\"row\">#3</th>");
        assertThat(page("/1/comparison/" + small + "/test/" + baseLogin)).contains("<html", "login",
                "Comparison: Release &lt;script&gt;");
    }

    @Test
    void what_does_not_exist_is_a_404_page() {
        for (String path : new String[] {"/1/comparison/999999", "/1/comparison/abc", "/77/comparison/",
            "/1/comparison/999999/part?n=0", "/1/comparison/" + small + "/test/999999",
            "/1/comparison/" + large + "/test/" + baseLogin}) {
            RunningServer.Answer answer = html(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("<h1>Not found", "Request id:").doesNotContain("Exception");
        }
    }

    @Test
    void the_list_pages_sorts_and_searches_in_the_url_and_delete_and_undelete_are_forms() {
        long id = create("{\"title\": \"To delete\", \"jobs\": [" + baseJob + "]}");
        String list = page("/1/comparison/");
        assertThat(list).contains("To delete", "Release &lt;script&gt;", "href=\"/1/job/?edit=" + id + "\"",
                ">3 each</td>");
        assertThat(page("/1/comparison/?q=to%20del")).contains("To delete").doesNotContain("Release &lt;");
        String byTitle = page("/1/comparison/?sort=title&dir=asc");
        assertThat(byTitle.indexOf("Release &lt;")).isLessThan(byTitle.indexOf("To delete"));
        assertThat(page("/0/comparison/")).contains("To delete", "Default project");

        RunningServer.Answer deleted = server.send(Forms.urlEncoded(server, "/1/comparison/" + id + "/delete",
                Map.of()));
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).hasValue("/1/comparison/" + id);
        String after = server.send(HttpRequest.newBuilder(server.uri("/1/comparison/" + id))
                .header("Cookie", Forms.cookie(deleted, "pt_flash"))).body();
        assertThat(after).contains("has been deleted", "DELETED", "/undelete");
        assertThat(page("/1/comparison/")).doesNotContain("To delete");
        assertThat(page("/1/comparison/?deleted=1")).contains("To delete", "Undelete");

        RunningServer.Answer undeleted = server.send(Forms.urlEncoded(server, "/1/comparison/" + id + "/undelete",
                Map.of("back", "list")));
        assertThat(undeleted.headers().firstValue("Location")).hasValue("/1/comparison/");
        assertThat(page("/1/comparison/")).contains("To delete");
        assertThat(server.send(Forms.urlEncoded(server, "/1/comparison/999999/delete", Map.of())).status())
                .isEqualTo(404);
    }

    @Test
    void the_jobs_list_carries_the_comparison_dialog() {
        String jobs = page("/1/job/");
        assertThat(jobs).contains("data-compare-dialog", "data-compare-open", "/static/compare-dialog.js",
                "<option value=\"3\">XY-line + trend</option>", "<option value=\"1\">Hide all</option>",
                "<option value=\"2\">Tests w/o errors</option>", "<option value=\"3\">Max values</option>",
                "name=\"alpha\"", "one-sample threshold, %",
                "<input type=\"number\" name=\"likely_threshold\" min=\"0\" step=\"any\" value=\"5\" required>");
        assertThat(server.get("/static/compare-dialog.js").status()).isEqualTo(200);
        assertThat(server.get("/static/comparison.js").status()).isEqualTo(200);
    }
}
