package org.perftracker.server.regression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.server.testing.Await;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/** The regression API: lists, one regression, series, alerts and their triage, the check of a job. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class RegressionApiTest {
    @Parameter
    TestDatabase database;

    private static RunningServer server;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase db) {
        server = RunningServer.start(db);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    /** Uploads builds 1..count of a step scenario and waits until their analysis is done. */
    static List<Long> uploadSteps(RunningServer server, String tag, int count, int stepAt) {
        List<Long> ids = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            RunningServer.Answer answer = server.upload(Nightly.stepAt(tag, n, stepAt));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            ids.add(answer.json().get("id").asLong());
        }
        awaitAnalysed(server, tag, Nightly.uuid(tag, count));
        return ids;
    }

    static void awaitAnalysed(RunningServer server, String tag, UUID job) {
        Await.until(Duration.ofSeconds(60), "the analysis of job " + job, () ->
                server.getJson("/api/v1.0/1/check/?tag=" + tag + "&job=" + job).get("analysed").asBoolean());
    }

    private static long regressionId(String tag) {
        for (JsonNode r : server.getJson("/api/v1.0/1/regression/?length=-1").get("data")) {
            if (r.get("tag").asText().equals(tag)) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no regression " + tag);
    }

    private static JsonNode alerts(String query) {
        return server.getJson("/api/v1.0/1/alert/?" + query).get("data");
    }

    private static String tag() {
        return "webapp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_step_at_build_12_raises_exactly_one_alert_at_build_12() {
        String tag = tag();
        List<Long> jobs = uploadSteps(server, tag, 20, 12);
        long regression = regressionId(tag);
        JsonNode alerts = alerts("regression=" + regression);
        assertThat(alerts).hasSize(1);
        JsonNode alert = alerts.get(0);
        assertThat(alert.get("job").get("id").asLong()).isEqualTo(jobs.get(11));
        assertThat(alert.get("job").get("build").asText()).isEqualTo("1.4.0-512");
        assertThat(alert.get("direction").asText()).isEqualTo("regression");
        assertThat(alert.get("state").asText()).isEqualTo("new");
        assertThat(alert.get("detected").asBoolean()).isTrue();
        assertThat(alert.get("change_pct").asDouble()).isBetween(18.0, 22.0);
        assertThat(alert.get("p_value").asDouble()).isLessThan(0.001);
        assertThat(alert.get("summary").asText()).matches("login latency \\+(19|20|21)% \\(p < 0\\.001\\) since build"
                + " 1\\.4\\.0-512");
        assertThat(alert.get("series").get("tag").asText()).isEqualTo("login latency");
    }

    @Test
    void series_have_their_points_change_points_and_trend_classes() {
        String tag = tag();
        List<Long> jobs = uploadSteps(server, tag, 20, 12);
        long regression = regressionId(tag);
        JsonNode page = server.getJson("/api/v1.0/1/regression/" + regression + "/series/");
        assertThat(page.get("recordsTotal").asLong()).isEqualTo(2);
        assertThat(page.get("classes").get("degradation_10").asLong()).isEqualTo(1);
        assertThat(page.get("classes").get("none").asLong()).isEqualTo(1);
        JsonNode degraded = server.getJson("/api/v1.0/1/regression/" + regression + "/series/?class=degradation_10")
                .get("data");
        assertThat(degraded).hasSize(1);
        JsonNode login = degraded.get(0);
        assertThat(login.get("tag").asText()).isEqualTo("login latency");
        assertThat(login.get("points").asInt()).isEqualTo(20);
        assertThat(login.get("trend_change_pct").asDouble()).isBetween(18.0, 22.0);
        assertThat(login.get("latest_change").get("job_id").asLong()).isEqualTo(jobs.get(11));
        assertThat(login.get("open_alerts").asLong()).isEqualTo(1);

        JsonNode one = server.getJson("/api/v1.0/1/regression/" + regression + "/series/" + login.get("id").asLong());
        assertThat(one.get("points_total").asLong()).isEqualTo(20);
        assertThat(one.get("points")).hasSize(20);
        JsonNode p11 = one.get("points").get(11);
        assertThat(p11.get("index").asInt()).isEqualTo(11);
        assertThat(p11.get("job_id").asLong()).isEqualTo(jobs.get(11));
        assertThat(p11.get("build").asText()).isEqualTo("1.4.0-512");
        assertThat(p11.get("n").asInt()).isEqualTo(5);
        assertThat(p11.get("spread").asDouble()).isPositive();
        assertThat(one.get("change_points")).hasSize(1);
        assertThat(one.get("change_points").get(0).get("index").asInt()).isEqualTo(11);
        assertThat(one.get("alerts")).hasSize(1);
        JsonNode lastFive = server.getJson("/api/v1.0/1/regression/" + regression + "/series/"
                + login.get("id").asLong() + "?length=5").get("points");
        assertThat(lastFive).hasSize(5);
        assertThat(lastFive.get(0).get("index").asInt()).isEqualTo(15);
    }

    @Test
    void the_regressions_list_and_a_regression_show_their_jobs() {
        String tag = tag();
        List<Long> jobs = uploadSteps(server, tag, 3, 12);
        long regression = regressionId(tag);
        JsonNode row = null;
        for (JsonNode r : server.getJson("/api/v1.0/1/regression/?search%5Bvalue%5D=" + tag).get("data")) {
            row = r;
        }
        assertThat(row).isNotNull();
        assertThat(row.get("jobs").asLong()).isEqualTo(3);
        assertThat(row.get("project").get("name").asText()).isEqualTo("Default project");
        assertThat(row.get("first_job").get("id").asLong()).isEqualTo(jobs.get(0));
        assertThat(row.get("last_job").get("id").asLong()).isEqualTo(jobs.get(2));
        assertThat(row.get("last_job").get("product_ver").asText()).isEqualTo("1.4.0-503");
        server.patch("/api/v1.0/1/job/" + jobs.get(1), "{\"link\": false}");
        JsonNode details = server.getJson("/api/v1.0/1/regression/" + regression);
        assertThat(details.get("jobs").asLong()).isEqualTo(2);
        assertThat(details.get("jobs_list")).hasSize(3);
        assertThat(details.get("jobs_list").get(0).get("id").asLong()).isEqualTo(jobs.get(2));
        assertThat(details.get("jobs_list").get(1).get("is_linked").asBoolean()).isFalse();
        JsonNode sorted = server.getJson("/api/v1.0/1/regression/?order%5B0%5D%5Bcolumn%5D=5&order%5B0%5D%5Bdir%5D=desc"
                + "&order%5B1%5D%5Bcolumn%5D=7&length=-1");
        assertThat(sorted.get("result").asText()).isEqualTo("ok");
    }

    @Test
    void a_regression_without_jobs_is_listed_and_shown_without_error() {
        String tag = tag();
        long job = server.upload(Fixtures.job().regressionTag(tag).test("login", 1).build()).json().get("id").asLong();
        server.delete("/api/v1.0/1/job/" + job);
        long regression = regressionId(tag);
        JsonNode row = server.getJson("/api/v1.0/1/regression/?search%5Bvalue%5D=" + tag).get("data").get(0);
        assertThat(row.get("jobs").asLong()).isZero();
        assertThat(row.get("first_job").isNull()).isTrue();
        assertThat(row.get("last_job").isNull()).isTrue();
        JsonNode details = server.getJson("/api/v1.0/1/regression/" + regression);
        assertThat(details.get("jobs_list")).isEmpty();
        assertThat(server.getJson("/api/v1.0/1/regression/" + regression + "/series/").get("result").asText())
                .isEqualTo("ok");
    }

    @Test
    void a_regression_can_be_renamed_but_not_to_nothing() {
        String tag = tag();
        server.upload(Fixtures.job().regressionTag(tag).test("login", 1).build());
        long regression = regressionId(tag);
        RunningServer.Answer renamed = server.patch("/api/v1.0/1/regression/" + regression,
                "{\"title\": \"Web app 1.4 nightly\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("title").asText()).isEqualTo("Web app 1.4 nightly");
        RunningServer.Answer empty = server.patch("/api/v1.0/1/regression/" + regression, "{\"title\": \" \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").has("title")).isTrue();
        assertThat(server.get("/api/v1.0/1/regression/999999").status()).isEqualTo(404);
        assertThat(server.get("/api/v1.0/1/regression/999999").json().get("message").asText()).contains("999999");
    }

    @Test
    void triage_moves_an_alert_through_valid_states_and_keeps_its_history() {
        String tag = tag();
        uploadSteps(server, tag, 20, 12);
        long regression = regressionId(tag);
        long alert = alerts("regression=" + regression).get(0).get("id").asLong();
        String path = "/api/v1.0/1/alert/" + alert;

        RunningServer.Answer ack = server.patch(path, "{\"state\": \"acknowledged\", \"note\": \"looking\"}");
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().get("state").asText()).isEqualTo("acknowledged");
        assertThat(ack.json().get("triaged_by").asText()).isEqualTo("anonymous (127.0.0.1)");
        RunningServer.Answer fixed = server.patch(path, "{\"state\": \"fixed\", \"bug_url\": \"https://bugs/42\"}");
        assertThat(fixed.json().get("bug_url").asText()).isEqualTo("https://bugs/42");
        assertThat(fixed.json().get("note").asText()).isEqualTo("looking");
        RunningServer.Answer invalid = server.patch(path, "{\"state\": \"invalid\"}");
        assertThat(invalid.status()).isEqualTo(409);
        assertThat(invalid.json().get("errors").get("state").get(0).asText()).isEqualTo("cannot go from fixed to invalid");
        assertThat(server.patch(path, "{\"state\": \"gone\"}").status()).isEqualTo(400);
        assertThat(server.patch(path, "{\"bug_url\": \"ftp://x\"}").status()).isEqualTo(400);
        assertThat(server.patch(path, "{}").status()).isEqualTo(400);
        assertThat(server.patch(path, "{\"state\": \"new\"}").status()).isEqualTo(200);
        RunningServer.Answer accepted = server.patch(path, "{\"state\": \"accepted-as-baseline\"}");
        assertThat(accepted.json().get("state").asText()).isEqualTo("accepted_as_baseline");

        JsonNode history = server.getJson(path).get("history");
        List<String> steps = new ArrayList<>();
        history.forEach(h -> steps.add(h.get("event").asText() + ":" + h.get("to_state").asText()));
        assertThat(steps).containsExactly("detected:new", "triaged:acknowledged", "triaged:fixed", "triaged:new",
                "triaged:accepted_as_baseline");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("anonymous (127.0.0.1)");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("perftracker");

        JsonNode classes = server.getJson("/api/v1.0/1/regression/" + regression + "/series/").get("classes");
        assertThat(classes.get("none").asLong()).as("accepted as the baseline: the series no longer degraded")
                .isEqualTo(2);
        assertThat(alerts("regression=" + regression + "&state=new")).isEmpty();
        assertThat(alerts("regression=" + regression + "&state=accepted_as_baseline,fixed")).hasSize(1);
    }

    @Test
    void alerts_are_filtered_and_grouped_by_job() {
        String tag = tag();
        List<Long> jobs = uploadSteps(server, tag, 20, 12);
        long regression = regressionId(tag);
        String base = "regression=" + regression;
        assertThat(alerts(base + "&direction=regression")).hasSize(1);
        assertThat(alerts(base + "&direction=improvement")).isEmpty();
        assertThat(alerts(base + "&job=" + jobs.get(11))).hasSize(1);
        assertThat(alerts(base + "&job=" + Nightly.uuid(tag, 12))).hasSize(1);
        assertThat(alerts(base + "&job=" + Nightly.uuid(tag, 11))).isEmpty();
        assertThat(alerts(base + "&detected=true&state=new")).hasSize(1);
        JsonNode grouped = server.getJson("/api/v1.0/1/alert/?group_by=job&" + base);
        assertThat(grouped.get("total").asLong()).isEqualTo(1);
        assertThat(grouped.get("data").get(0).get("job").get("id").asLong()).isEqualTo(jobs.get(11));
        assertThat(grouped.get("data").get(0).get("alerts")).hasSize(1);
        assertThat(server.get("/api/v1.0/1/alert/?direction=sideways").status()).isEqualTo(400);
        assertThat(server.get("/api/v1.0/1/alert/999999").status()).isEqualTo(404);
    }

    @Test
    void the_check_of_a_job_says_whether_it_introduced_an_untriaged_regression() {
        String tag = tag();
        uploadSteps(server, tag, 20, 12);
        JsonNode build12 = server.getJson("/api/v1.0/1/check/?tag=" + tag + "&job=" + Nightly.uuid(tag, 12));
        assertThat(build12.get("verdict").asText()).isEqualTo("regression");
        assertThat(build12.get("analysed").asBoolean()).isTrue();
        assertThat(build12.get("untriaged_regressions").asLong()).isEqualTo(1);
        assertThat(build12.get("builds_after").asLong()).isEqualTo(8);
        assertThat(build12.get("builds_needed").asInt()).isEqualTo(7);
        JsonNode build11 = server.getJson("/api/v1.0/1/check/?tag=" + tag + "&job=" + Nightly.uuid(tag, 11));
        assertThat(build11.get("verdict").asText()).isEqualTo("ok");
        assertThat(build11.get("alerts")).isEmpty();

        long alert = build12.get("alerts").get(0).get("id").asLong();
        server.patch("/api/v1.0/1/alert/" + alert, "{\"state\": \"acknowledged\"}");
        assertThat(server.getJson("/api/v1.0/1/check/?tag=" + tag + "&job=" + Nightly.uuid(tag, 12)).get("verdict")
                .asText()).isEqualTo("ok");
        assertThat(server.get("/api/v1.0/1/check/?tag=other&job=" + Nightly.uuid(tag, 12)).status()).isEqualTo(404);
        assertThat(server.get("/api/v1.0/1/check/?job=" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(server.get("/api/v1.0/1/check/").status()).isEqualTo(400);
    }

    private static JsonNode check(String tag, int build) {
        return server.getJson("/api/v1.0/1/check/?tag=" + tag + "&job=" + Nightly.uuid(tag, build));
    }

    @Test
    void a_shift_too_recent_to_confirm_is_a_suspected_regression_of_the_job_that_brought_it() {
        String tag = tag();
        uploadSteps(server, tag, 12, 12);
        JsonNode build12 = check(tag, 12);
        assertThat(build12.get("verdict").asText()).isEqualTo("suspected");
        assertThat(build12.get("alerts")).isEmpty();
        assertThat(build12.get("tests_checked").asInt()).isEqualTo(2);
        JsonNode suspect = build12.get("suspects").get(0);
        assertThat(build12.get("suspects")).hasSize(1);
        assertThat(suspect.get("tag").asText()).isEqualTo("login latency");
        assertThat(suspect.get("direction").asText()).isEqualTo("regression");
        assertThat(suspect.get("change_pct").asDouble()).isBetween(18.0, 22.0);
        assertThat(suspect.get("p_value").asDouble()).isLessThan(0.001 / 2);
        assertThat(suspect.get("baseline_builds").asInt()).isEqualTo(11);
        assertThat(check(tag, 11).get("verdict").asText()).isEqualTo("ok");
        assertThat(check(tag, 11).get("suspects")).isEmpty();

        for (int n = 13; n <= 20; n++) {
            assertThat(server.upload(Nightly.stepAt(tag, n, 12)).status()).isEqualTo(200);
        }
        awaitAnalysed(server, tag, Nightly.uuid(tag, 20));
        JsonNode confirmed = check(tag, 12);
        assertThat(confirmed.get("verdict").asText()).isEqualTo("regression");
        assertThat(confirmed.get("suspects")).as("settled: the detector has decided").isEmpty();
    }

    @Test
    void a_one_build_spike_is_suspected_at_first_and_raises_no_alert_once_later_builds_are_back() {
        String tag = tag();
        for (int n = 1; n <= 20; n++) {
            assertThat(server.upload(Nightly.build(tag, n, n == 12 ? 130 : 100, 500)).status()).isEqualTo(200);
            if (n == 12) {
                awaitAnalysed(server, tag, Nightly.uuid(tag, 12));
                assertThat(check(tag, 12).get("verdict").asText()).isEqualTo("suspected");
            }
        }
        awaitAnalysed(server, tag, Nightly.uuid(tag, 20));
        assertThat(check(tag, 12).get("verdict").asText()).isEqualTo("ok");
        assertThat(alerts("regression=" + regressionId(tag))).isEmpty();
    }

    @Test
    void a_new_build_is_judged_against_the_level_since_the_last_change_not_the_whole_history() {
        String tag = tag();
        for (int n = 1; n <= 19; n++) {
            double login = n < 12 ? 100 : n < 19 ? 120 : 126;
            assertThat(server.upload(Nightly.build(tag, n, login, 500)).status()).isEqualTo(200);
        }
        awaitAnalysed(server, tag, Nightly.uuid(tag, 19));
        JsonNode build19 = check(tag, 19);
        assertThat(build19.get("verdict").asText()).isEqualTo("suspected");
        JsonNode suspect = build19.get("suspects").get(0);
        assertThat(suspect.get("baseline_builds").asInt()).as("builds 12 to 18").isEqualTo(7);
        assertThat(suspect.get("mean_before").asDouble()).isBetween(119.0, 121.0);
        assertThat(suspect.get("change_pct").asDouble()).isBetween(4.0, 6.0);
    }
}
