package org.perftracker.server.regression.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.perftracker.core.upload.JobUpload;
import org.perftracker.core.upload.TestResult;
import org.perftracker.server.auth.AuthSettings;
import org.perftracker.server.auth.Role;
import org.perftracker.server.regression.Nightly;
import org.perftracker.server.testing.Accounts;
import org.perftracker.server.testing.Await;
import org.perftracker.server.testing.Forms;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * The regression and alert pages over HTTP, without a browser: statuses, escaping of what users typed (tags,
 * titles, test names, notes, bug links), filters in the URL, parts, the forms (rename, include/exclude, triage) with
 * their role and CSRF checks, and what the home and job pages say changed. Writes need a user here (anonymous
 * writes are refused), so that the roles show.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class RegressionPagesHttpTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MAIN = "web<b>app</b>-1.4";
    private static final String HOSTILE = "<script>alert('tag')</script>";
    private static final String TRIAGE = "triage-1.4";
    private static final String WIDE = "wide-1.4";
    /** More series than the page shows at once. */
    private static final int WIDE_SERIES = 30;

    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private static String uploader;
    private static Accounts.Session editor;
    private static Accounts.Session viewer;
    private static long main;
    private static long hostile;
    private static long triage;
    private static long wide;
    private static List<Long> mainJobs;
    private static List<Long> hostileJobs;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db.create(), c -> c.withAuth(c.auth()
                .withAnonymousWrites(AuthSettings.AnonymousWrites.NEVER)));
        Accounts.user(server, "erin", Role.EDITOR);
        Accounts.user(server, "vic", Role.VIEWER);
        editor = Accounts.signIn(server, "erin", Accounts.PASSWORD);
        viewer = Accounts.signIn(server, "vic", Accounts.PASSWORD);
        uploader = Accounts.token(server, server.server().users().byName("erin").orElseThrow(), Role.UPLOADER);

        hostileJobs = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            hostileJobs.add(upload(Fixtures.job().title("Hostile " + n).regressionTag(HOSTILE)
                    .test(TestResult.builder("<img src=x onerror=alert(1)>").group("<i>grp</i>").metrics("<u>ms</u>")
                            .scores(10, 10.1, 9.9).build()).build()));
        }
        for (int n = 1; n <= 3; n++) {
            Fixtures.JobBuilder job = Fixtures.job().title("Wide " + n).regressionTag(WIDE);
            for (int i = 0; i < WIDE_SERIES; i++) {
                job.test(TestResult.builder(String.format("case %02d", i)).group("Wide").scores(100, 101, 99).build());
            }
            upload(job.build());
        }
        steps(TRIAGE, Nightly.FIRST);
        // a day later, so that its build with the step is among the latest jobs the home page lists
        mainJobs = steps(MAIN, Nightly.FIRST.plus(Duration.ofDays(1)));
        main = regressionId(MAIN);
        hostile = regressionId(HOSTILE);
        triage = regressionId(TRIAGE);
        wide = regressionId(WIDE);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static long upload(JobUpload job) {
        RunningServer.Answer answer = Accounts.upload(server, uploader, job);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("id").asLong();
    }

    /**
     * 20 nightly builds an hour apart from {@code first}, login latency 20% higher from build 12 on; waits until
     * they are analysed.
     */
    private static List<Long> steps(String tag, Instant first) {
        List<Long> ids = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            ids.add(upload(Nightly.build(tag, n, n >= 12 ? 120 : 100, 500, first.plus(Duration.ofHours(n)))));
        }
        String check = "/api/v1.0/1/check/?tag=" + encode(tag) + "&job=" + Nightly.uuid(tag, 20);
        Await.until(Duration.ofSeconds(60), "the analysis of " + tag, () ->
                server.getJson(check).get("analysed").asBoolean());
        return ids;
    }

    private static long regressionId(String tag) {
        for (JsonNode r : server.getJson("/api/v1.0/1/regression/?length=-1").get("data")) {
            if (r.get("tag").asText().equals(tag)) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no regression " + tag);
    }

    private static JsonNode alertOf(long regression) {
        JsonNode alerts = server.getJson("/api/v1.0/1/alert/?regression=" + regression).get("data");
        assertThat(alerts).hasSize(1);
        return alerts.get(0);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String page(String path) {
        RunningServer.Answer answer = server.get(path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
        return answer.body();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** A form post with a signed-in browser's cookie and Origin, but without the page's CSRF token. */
    private static HttpRequest.Builder withoutCsrf(String path, Map<String, String> fields) {
        return Forms.urlEncoded(server, path, fields).header("Cookie", editor.cookie())
                .header("Origin", server.baseUrl());
    }

    /** @return the JSON of every chart in the page, in page order */
    private static List<JsonNode> charts(String page) throws Exception {
        List<JsonNode> charts = new ArrayList<>();
        Matcher m = Pattern.compile("data-series-chart=\"([^\"]*)\"").matcher(page);
        while (m.find()) {
            charts.add(MAPPER.readTree(m.group(1).replace("&#34;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&")));
        }
        return charts;
    }

    @Test
    void the_regressions_list_shows_tags_builds_jobs_and_open_regressions_with_user_text_escaped() {
        String list = page("/1/regression/");
        assertThat(list).contains("aria-current=\"page\">Regressions</a>", "web&lt;b&gt;app&lt;/b&gt;-1.4",
                "&lt;script&gt;alert('tag')&lt;/script&gt;", ">1.4.0-501</a>", ">1.4.0-520</a>",
                "href=\"/1/regression/" + main + "\"", "/1/regression/" + main + "?part=jobs&amp;back=%2F1%2Fregression%2F")
                .doesNotContain("<b>app", "<script>alert('tag')");
        assertThat(list).containsPattern("<td class=\"num\">20</td>");
        assertThat(list).contains("href=\"/1/alert/?regression=" + main + "&amp;direction=regression&amp;state=new\">▼ 1");
        String searched = page("/1/regression/?q=" + encode("triage"));
        assertThat(searched).contains(TRIAGE).doesNotContain("web&lt;b&gt;app");
        String byTitle = page("/1/regression/?sort=title&dir=asc");
        assertThat(byTitle.indexOf("triage-1.4")).isLessThan(byTitle.indexOf("wide-1.4"));
        assertThat(page("/0/regression/")).contains("Default project", TRIAGE);
    }

    @Test
    void a_row_expands_into_its_jobs_with_forms_to_include_or_exclude_each_and_to_rename() {
        String part = page("/1/regression/" + hostile + "?part=jobs&back=" + encode("/1/regression/?page=1"));
        assertThat(part).doesNotContain("<html").contains("action=\"/1/regression/" + hostile + "/title\"",
                "name=\"back\" value=\"/1/regression/?page=1\"", "✓ included",
                "action=\"/1/regression/" + hostile + "/job/" + hostileJobs.get(0) + "/link\"",
                "data-job-api=\"/api/v1.0/1/job/" + hostileJobs.get(0) + "\"");
        assertThat(count(part, "data-job-id=")).isEqualTo(3);
        assertThat(page("/1/regression/" + hostile + "?part=jobs&back=https://evil.example/"))
                .contains("name=\"back\" value=\"/1/regression/\"");
    }

    @Test
    void excluding_a_job_by_form_needs_an_editor_and_the_csrf_token_and_can_be_undone() {
        String path = "/1/regression/" + hostile + "/job/" + hostileJobs.get(1) + "/link";
        var before = server.snapshot();
        assertThat(server.send(viewer.form(server, path, Map.of("link", "false"))).status()).isEqualTo(403);
        assertThat(server.send(withoutCsrf(path, Map.of("link", "false"))).status()).isEqualTo(403);
        assertThat(server.snapshot()).isEqualTo(before);

        RunningServer.Answer excluded = server.send(editor.form(server, path, Map.of("link", "false", "back",
                "/1/regression/" + hostile)));
        assertThat(excluded.status()).isEqualTo(303);
        assertThat(excluded.headers().firstValue("Location")).hasValue("/1/regression/" + hostile);
        assertThat(server.getJson("/api/v1.0/1/regression/" + hostile).get("jobs").asLong()).isEqualTo(2);
        assertThat(page("/1/regression/" + hostile)).contains("2 in the series", "1 excluded", "✗ excluded");

        assertThat(server.send(editor.form(server, path, Map.of("link", "true"))).status()).isEqualTo(303);
        assertThat(server.getJson("/api/v1.0/1/regression/" + hostile).get("jobs").asLong()).isEqualTo(3);
        assertThat(server.send(editor.form(server, "/1/regression/" + main + "/job/" + hostileJobs.get(0) + "/link",
                Map.of("link", "false"))).status()).as("a job of another regression").isEqualTo(404);
    }

    @Test
    void renaming_by_form_needs_an_editor_and_the_new_title_is_escaped_everywhere() {
        String path = "/1/regression/" + hostile + "/title";
        assertThat(server.send(viewer.form(server, path, Map.of("title", "Viewer's"))).status()).isEqualTo(403);
        assertThat(server.send(withoutCsrf(path, Map.of("title", "Forged"))).status()).isEqualTo(403);
        RunningServer.Answer empty = server.send(editor.form(server, path, Map.of("title", "  ")));
        assertThat(empty.status()).isEqualTo(303);
        String flashed = server.send(HttpRequest.newBuilder(server.uri("/1/regression/" + hostile))
                .header("Cookie", Forms.cookie(empty, "pt_flash"))).body();
        assertThat(flashed).contains("was not renamed", "title: must be 1 to 512 characters");

        assertThat(server.send(editor.form(server, path, Map.of("title", "<i>Nightly</i> & co"))).status())
                .isEqualTo(303);
        assertThat(page("/1/regression/" + hostile)).contains("&lt;i&gt;Nightly&lt;/i&gt; &amp; co")
                .doesNotContain("<i>Nightly");
        assertThat(page("/1/regression/")).contains("&lt;i&gt;Nightly&lt;/i&gt; &amp; co");
        assertThat(page("/1/regression/" + hostile)).contains("&lt;img src=x onerror=alert(1)&gt;",
                "&lt;i&gt;grp&lt;/i&gt;", "&lt;u&gt;ms&lt;/u&gt;").doesNotContain("<img src=x", "<u>ms");
    }

    @Test
    void the_regression_page_shows_its_summary_and_by_default_the_degraded_series_with_the_change_marked()
            throws Exception {
        String body = page("/1/regression/" + main);
        assertThat(body).contains("Regression #" + main + ": web&lt;b&gt;app&lt;/b&gt;-1.4", "20 in the series",
                ">1.4.0-501</a>", ">1.4.0-520</a>", "19h 00m", "/static/regression.js", "data-echarts=\"/webjars/echarts/",
                "▼ 1 regression nobody has triaged");
        assertThat(body).containsPattern("value=\"degradation_10\" checked> <span aria-hidden=\"true\">▼</span>"
                + " Degradation &gt; 10% <span class=\"muted\" data-count>1</span>");
        assertThat(body).containsPattern("value=\"none\"> <span aria-hidden=\"true\">=</span> Within 10%"
                + " <span class=\"muted\" data-count>1</span>");
        assertThat(body).containsPattern("value=\"improvement_50\" disabled>");
        assertThat(count(body, "<article class=\"reg-card")).isEqualTo(1);
        assertThat(body).contains(">login latency</a>", "▼ +", "% worse").doesNotContain(">search throughput {8 clients}<");

        JsonNode chart = charts(body).get(0);
        assertThat(chart.get("builds")).hasSize(20);
        assertThat(chart.get("builds").get(11).asText()).isEqualTo("1.4.0-512");
        assertThat(chart.get("level")).hasSize(20);
        assertThat(chart.get("level").get(0).asDouble()).isBetween(98.0, 102.0);
        assertThat(chart.get("level").get(19).asDouble()).isBetween(118.0, 122.0);
        JsonNode change = chart.get("changes").get(0);
        assertThat(change.get("at").asInt()).isEqualTo(11);
        assertThat(change.get("direction").asText()).isEqualTo("regression");
        assertThat(change.get("label").asText()).matches("▼ \\+(19|20|21)% new");
        assertThat(change.get("alert").asLong()).isEqualTo(alertOf(main).get("id").asLong());
    }

    @Test
    void the_trend_classes_the_search_and_the_group_live_in_the_url() {
        String none = page("/1/regression/" + main + "?class=none");
        assertThat(none).contains(">search throughput {8 clients}</a>").doesNotContain(">login latency</a>");
        assertThat(page("/1/regression/" + main + "?class=degradation_10,none")).contains(">login latency</a>",
                ">search throughput {8 clients}</a>");
        assertThat(page("/1/regression/" + main + "?class=all&q=SEARCH")).contains(">search throughput {8 clients}</a>")
                .doesNotContain(">login latency</a>").contains("value=\"SEARCH\"");
        assertThat(page("/1/regression/" + main + "?class=")).contains("No trend class is ticked")
                .doesNotContain("<article");
        assertThat(page("/1/regression/" + main + "?class=all&group=web")).contains("Group “web” alone",
                ">login latency</a>");
        assertThat(page("/1/regression/" + main + "?class=nonsense,none")).contains(">search throughput {8 clients}</a>");
    }

    @Test
    void a_regression_of_many_series_comes_in_parts_the_first_with_the_page() {
        String body = page("/1/regression/" + wide + "?class=all");
        assertThat(count(body, "<article class=\"reg-card")).isEqualTo(SeriesPlan.PART_SERIES);
        assertThat(count(body, "data-part-href=")).isEqualTo(1);
        assertThat(body).contains("data-part-href=\"/1/regression/" + wide + "/part?class=degradation_50,"
                + "degradation_10,none,improvement_10,improvement_50&amp;n=1\"", "--rows3: 2\"");
        String part = page("/1/regression/" + wide + "/part?class=all&n=1");
        assertThat(part).doesNotContain("<html").contains("data-part-answer=\"1\"", ">case 29</a>");
        assertThat(count(part, "<article class=\"reg-card")).isEqualTo(WIDE_SERIES - SeriesPlan.PART_SERIES);
        assertThat(server.get("/1/regression/" + wide + "/part?class=all&n=2").status()).isEqualTo(404);
        assertThat(server.get("/1/regression/" + wide + "/part?class=all&n=x").status()).isEqualTo(404);
        assertThat(server.get("/1/regression/" + wide + "/part?class=all").status()).isEqualTo(404);
        String alone = page("/1/regression/" + wide + "?class=all&group=Wide");
        assertThat(alone).doesNotContain("data-part-href=");
        assertThat(count(alone, "<article class=\"reg-card")).isEqualTo(WIDE_SERIES);
    }

    @Test
    void the_series_page_shows_a_zoomable_chart_its_changes_its_points_and_its_alert_with_a_triage_form() {
        JsonNode alert = alertOf(main);
        long series = alert.get("series").get("id").asLong();
        String body = page("/1/regression/" + main + "/series/" + series);
        assertThat(body).contains("<h1>login latency", "data-chart-size=\"large\"", "ms, lower is better",
                ">1.4.0-512</a> <span class=\"muted\">· point 12</span>", "p &lt; 0.001", "id=\"alert-" + alert.get("id")
                        .asLong() + "\"", "action=\"/1/alert/" + alert.get("id").asLong() + "/triage\"", ">Acknowledge</button>",
                "name=\"back\" value=\"/1/regression/" + main + "/series/" + series + "\"");
        assertThat(count(body, "<tr>")).isGreaterThanOrEqualTo(21);
        assertThat(body).contains("▼ worse +").contains("from here");
    }

    @Test
    void the_alerts_view_groups_alerts_by_build_with_its_filters_in_the_url() {
        JsonNode alert = alertOf(main);
        String body = page("/1/alert/");
        assertThat(body).contains("Build 1.4.0-512", "<strong class=\"bad\">▼ worse</strong>",
                "login latency +", "(p &lt; 0.001) since build 1.4.0-512", "href=\"/1/regression/" + main + "/series/"
                        + alert.get("series").get("id").asLong() + "\"", "web&lt;b&gt;app&lt;/b&gt;-1.4",
                "<option value=\"open\" selected>");
        long other = alertOf(triage).get("id").asLong();
        assertThat(page("/1/alert/?state=all")).contains("id=\"alert-" + other + "\"");
        assertThat(page("/1/alert/?state=all&regression=" + main)).contains("<option value=\"" + main + "\" selected>")
                .contains("href=\"/1/alert/" + alert.get("id").asLong() + "\"").doesNotContain("id=\"alert-" + other + "\"");
        assertThat(page("/1/alert/?direction=improvement")).contains("No alerts match")
                .contains("<option value=\"improvement\" selected>");
        assertThat(page("/1/alert/?state=fixed")).contains("No alerts match");
        assertThat(page("/1/alert/?state=all&job=" + mainJobs.get(11))).contains("Build 1.4.0-512")
                .doesNotContain("id=\"alert-" + other + "\"");
        assertThat(page("/0/alert/")).contains("Build 1.4.0-512");
        assertThat(page("/1/alert/" + alert.get("id").asLong())).contains("<h1>Alert #" + alert.get("id").asLong(),
                "History", "detected");
    }

    @Test
    void triage_by_form_changes_the_state_keeps_the_history_and_is_refused_without_an_editor_or_csrf() {
        long id = alertOf(triage).get("id").asLong();
        String path = "/1/alert/" + id + "/triage";
        var before = server.snapshot();
        assertThat(server.send(viewer.form(server, path, Map.of("state", "acknowledged"))).status()).isEqualTo(403);
        assertThat(server.send(withoutCsrf(path, Map.of("state", "acknowledged"))).status()).isEqualTo(403);
        assertThat(server.snapshot()).isEqualTo(before);

        RunningServer.Answer ack = server.send(editor.form(server, path, Map.of("state", "acknowledged",
                "note", "<script>alert('n')</script> looking", "bug_url", "", "back", "/1/alert/?state=open")));
        assertThat(ack.status()).isEqualTo(303);
        assertThat(ack.headers().firstValue("Location")).hasValue("/1/alert/?state=open#alert-" + id);
        JsonNode acknowledged = server.getJson("/api/v1.0/1/alert/" + id);
        assertThat(acknowledged.get("state").asText()).isEqualTo("acknowledged");
        assertThat(acknowledged.get("triaged_by").asText()).isEqualTo("erin");
        String shown = page("/1/alert/" + id);
        assertThat(shown).contains("&lt;script&gt;alert('n')&lt;/script&gt; looking",
                "data-state-label>acknowledged<", "new → acknowledged", "erin").doesNotContain("<script>alert('n')");

        RunningServer.Answer script = server.send(editor.form(server, path, Map.of("bug_url", "javascript:alert(1)",
                "note", "x")));
        assertThat(script.status()).isEqualTo(303);
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/1/alert/" + id))
                .header("Cookie", Forms.cookie(script, "pt_flash"))).body()).contains("was not changed",
                "bug_url: must be an http:// or https:// URL");
        assertThat(server.getJson("/api/v1.0/1/alert/" + id).get("bug_url").asText()).isEmpty();

        assertThat(server.send(editor.form(server, path, Map.of("state", "fixed", "note", "fixed in 1.4.1",
                "bug_url", "https://bugs.example/PERF-1?a=1&b=2"))).status()).isEqualTo(303);
        String fixed = page("/1/alert/" + id);
        assertThat(fixed).contains("href=\"https://bugs.example/PERF-1?a=1&amp;b=2\"", "data-state-label>fixed<",
                ">Reopen</button>").doesNotContain(">Acknowledge</button>");
        assertThat(page("/1/alert/?state=closed")).contains("id=\"alert-" + id + "\"");
        assertThat(server.send(editor.form(server, path, Map.of("state", "new"))).status()).isEqualTo(303);
        assertThat(server.getJson("/api/v1.0/1/alert/" + id).get("history")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void a_token_limited_to_another_project_may_neither_triage_nor_rename_by_form_or_through_the_api() {
        long other = server.server().database().write(h -> h.createUpdate(
                "INSERT INTO project (name, description) VALUES ('Other', '')").executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class).one());
        String scoped = Accounts.token(server, server.server().users().byName("erin").orElseThrow(), Role.EDITOR,
                java.util.Optional.of(other), java.util.Optional.empty());
        long id = alertOf(triage).get("id").asLong();
        // a token's first use is written down; later ones within a minute are not
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/v1.0/1/regression/"))
                .header("Authorization", "Bearer " + scoped)).status()).isEqualTo(200);
        var before = server.snapshot();
        for (String[] form : new String[][] {{"/1/alert/" + id + "/triage", "state", "invalid"},
            {"/1/regression/" + triage + "/title", "title", "Renamed"}}) {
            RunningServer.Answer refused = server.send(Forms.urlEncoded(server, form[0], Map.of(form[1], form[2]))
                    .header("Authorization", "Bearer " + scoped));
            assertThat(refused.status()).as(form[0]).isEqualTo(403);
        }
        for (String[] patch : new String[][] {{"/api/v1.0/1/alert/" + id, "{\"state\": \"acknowledged\"}"},
            {"/api/v1.0/1/regression/" + triage, "{\"title\": \"Renamed\"}"}}) {
            RunningServer.Answer refused = server.send(HttpRequest.newBuilder(server.uri(patch[0]))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + scoped)
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(patch[1])));
            assertThat(refused.status()).as(patch[0] + ": " + refused.body()).isEqualTo(403);
        }
        assertThat(server.snapshot()).isEqualTo(before);
    }

    @Test
    void the_home_page_says_what_changed_under_each_latest_job_and_the_job_page_lists_its_alerts() {
        JsonNode alert = alertOf(main);
        String home = page("/");
        assertThat(home).contains("▼ worse:", "href=\"/1/alert/" + alert.get("id").asLong() + "\"",
                "login latency +", "since build 1.4.0-512");
        String job = page("/1/job/" + mainJobs.get(11));
        assertThat(job).contains("Changes this build brought", "href=\"/1/alert/" + alert.get("id").asLong() + "\"",
                "href=\"/1/alert/?state=all&amp;job=" + mainJobs.get(11) + "\"");
        assertThat(page("/1/job/" + mainJobs.get(10))).doesNotContain("Changes this build brought");
    }

    @Test
    void what_does_not_exist_is_a_404_page() {
        long series = alertOf(main).get("series").get("id").asLong();
        for (String path : new String[] {"/1/regression/999999", "/1/regression/abc", "/77/regression/",
            "/1/regression/999999/part?n=0", "/1/regression/" + main + "/series/999999",
            "/1/regression/" + hostile + "/series/" + series, "/1/alert/999999", "/77/alert/", "/1/alert/abc"}) {
            RunningServer.Answer answer = server.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("<h1>Not found").doesNotContain("Exception");
        }
        assertThat(server.send(editor.form(server, "/1/alert/999999/triage", Map.of("state", "invalid"))).status())
                .isEqualTo(404);
        assertThat(server.send(editor.form(server, "/1/regression/999999/title", Map.of("title", "x"))).status())
                .isEqualTo(404);
    }
}
