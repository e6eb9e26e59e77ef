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
import org.perftracker.core.changepoint.ChangePoint;
import org.perftracker.core.changepoint.ChangePointDetector;
import org.perftracker.core.changepoint.Detection;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * The stored detection state resumes when builds are only appended, and starts over when the series changed
 * otherwise; either way the series' change points are exactly those of a detection over the whole series as it
 * is, and its alerts follow them without duplicates.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class SeriesStateTest {
    private static final ChangePointDetector DETECTOR = new ChangePointDetector(ChangePointDetector.Config.defaults());

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

    private static String tag() {
        return "inc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long regressionId(String tag) {
        return server.getJson("/api/v1.0/1/regression/?search%5Bvalue%5D=" + tag).get("data").get(0).get("id")
                .asLong();
    }

    /** The login series of the regression: its points and change points as the server shows them. */
    private static JsonNode loginSeries(String tag) {
        long regression = regressionId(tag);
        JsonNode rows = server.getJson("/api/v1.0/1/regression/" + regression + "/series/?search=login").get("data");
        return server.getJson("/api/v1.0/1/regression/" + regression + "/series/" + rows.get(0).get("id").asLong()
                + "?start=0&length=10000");
    }

    private static void assertMatchesFullDetection(String tag) {
        JsonNode series = loginSeries(tag);
        double[] values = new double[series.get("points").size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = series.get("points").get(i).get("mean").asDouble();
        }
        Detection full = DETECTOR.detect(values);
        List<String> expected = new ArrayList<>();
        for (ChangePoint c : full.changePoints()) {
            expected.add(c.index() + " " + c.meanBefore() + " " + c.meanAfter() + " " + c.pValue());
        }
        List<String> stored = new ArrayList<>();
        for (JsonNode c : series.get("change_points")) {
            stored.add(c.get("index").asInt() + " " + c.get("mean_before").asDouble() + " "
                    + c.get("mean_after").asDouble() + " " + c.get("p_value").asDouble());
        }
        assertThat(stored).isEqualTo(expected);
        assertThat(series.get("series").get("points").asInt()).isEqualTo(values.length);
    }

    private static List<Long> upload(String tag, int from, int to, int... steps) {
        List<Long> ids = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            double level = 100;
            for (int s : steps) {
                level *= n >= s ? 1.2 : 1;
            }
            RunningServer.Answer answer = server.upload(Nightly.build(tag, n, level, 500));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            ids.add(answer.json().get("id").asLong());
        }
        return ids;
    }

    private static void awaitAnalysed(String tag, int build) {
        RegressionApiTest.awaitAnalysed(server, tag, Nightly.uuid(tag, build));
    }

    private static JsonNode alerts(String tag) {
        return server.getJson("/api/v1.0/1/alert/?regression=" + regressionId(tag)).get("data");
    }

    @Test
    void a_long_series_appended_build_by_build_resumes_and_matches_a_full_detection() {
        String tag = tag();
        upload(tag, 1, 130, 40, 110);
        awaitAnalysed(tag, 130);
        assertMatchesFullDetection(tag);
        long regression = regressionId(tag);
        int resume = server.server().database().read(h -> h.createQuery(
                "SELECT resume_index FROM regression_series WHERE regression_id = :r AND tag = 'login latency'")
                .bind("r", regression).mapTo(Integer.class).one());
        assertThat(resume).as("the next analysis resumes at the first change (build 40), not from the start")
                .isEqualTo(39);
        assertThat(alerts(tag)).extracting(a -> a.get("job").get("build").asText())
                .containsExactly(Nightly.version(110), Nightly.version(40));

        server.upload(Nightly.build(tag, 131, 100 * 1.2 * 1.2, 500,
                Nightly.FIRST.plus(Duration.ofHours(75)).plus(Duration.ofMinutes(30))));
        awaitAnalysed(tag, 131);
        assertMatchesFullDetection(tag);
        assertThat(alerts(tag)).hasSize(2);
    }

    @Test
    void a_build_inserted_out_of_order_recomputes_the_series() {
        String tag = tag();
        upload(tag, 1, 11, 12);
        upload(tag, 13, 22, 12);
        awaitAnalysed(tag, 22);
        upload(tag, 12, 12, 12);
        awaitAnalysed(tag, 12);
        assertMatchesFullDetection(tag);
        JsonNode alerts = alerts(tag);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("job").get("build").asText()).isEqualTo(Nightly.version(12));
        assertThat(alerts.get(0).get("detected").asBoolean()).isTrue();
    }

    @Test
    void unlinking_the_first_job_after_a_shift_moves_its_alert_and_relinking_moves_it_back() {
        String tag = tag();
        List<Long> jobs = upload(tag, 1, 20, 12);
        awaitAnalysed(tag, 20);
        long alert = alerts(tag).get(0).get("id").asLong();
        server.patch("/api/v1.0/1/alert/" + alert, "{\"state\": \"acknowledged\"}");

        server.patch("/api/v1.0/1/job/" + jobs.get(11), "{\"link\": false}");
        awaitAnalysed(tag, 12);
        assertMatchesFullDetection(tag);
        JsonNode moved = alerts(tag);
        assertThat(moved).hasSize(1);
        assertThat(moved.get(0).get("id").asLong()).isEqualTo(alert);
        assertThat(moved.get(0).get("job").get("build").asText()).isEqualTo(Nightly.version(13));
        assertThat(moved.get(0).get("state").asText()).as("the triage moves with the alert").isEqualTo("acknowledged");

        server.patch("/api/v1.0/1/job/" + jobs.get(11), "{\"link\": true}");
        awaitAnalysed(tag, 12);
        assertMatchesFullDetection(tag);
        JsonNode back = alerts(tag);
        assertThat(back).hasSize(1);
        assertThat(back.get(0).get("job").get("build").asText()).isEqualTo(Nightly.version(12));
        List<String> events = new ArrayList<>();
        server.getJson("/api/v1.0/1/alert/" + alert).get("history").forEach(h -> events.add(h.get("event").asText()));
        assertThat(events.get(0)).isEqualTo("detected");
        assertThat(events.subList(events.indexOf("triaged"), events.size()))
                .as("while builds arrived the tentative change point may have moved too; never a second alert")
                .containsExactly("triaged", "moved", "moved");
    }

    @Test
    void deleting_jobs_after_a_shift_retracts_its_alert_and_undeleting_finds_it_again() {
        String tag = tag();
        List<Long> jobs = upload(tag, 1, 20, 12);
        awaitAnalysed(tag, 20);
        for (int n = 20; n >= 12; n--) {
            server.delete("/api/v1.0/1/job/" + jobs.get(n - 1));
        }
        awaitAnalysed(tag, 12);
        assertMatchesFullDetection(tag);
        JsonNode retracted = alerts(tag);
        assertThat(retracted).hasSize(1);
        assertThat(retracted.get(0).get("detected").asBoolean()).isFalse();
        assertThat(server.getJson("/api/v1.0/1/check/?tag=" + tag + "&job=" + Nightly.uuid(tag, 12)).get("verdict")
                .asText()).isEqualTo("ok");

        for (int n = 12; n <= 20; n++) {
            server.patch("/api/v1.0/1/job/" + jobs.get(n - 1), "{\"deleted\": false}");
        }
        awaitAnalysed(tag, 20);
        assertMatchesFullDetection(tag);
        JsonNode again = alerts(tag);
        assertThat(again).hasSize(1);
        assertThat(again.get(0).get("detected").asBoolean()).isTrue();
        assertThat(again.get(0).get("job").get("build").asText()).isEqualTo(Nightly.version(12));
    }

    @Test
    void a_reupload_with_other_values_recomputes_the_series() {
        String tag = tag();
        upload(tag, 1, 20, 12);
        awaitAnalysed(tag, 20);
        for (int n = 12; n <= 20; n++) {
            server.upload(Nightly.build(tag, n, 100, 500));
        }
        awaitAnalysed(tag, 20);
        assertMatchesFullDetection(tag);
        assertThat(alerts(tag).get(0).get("detected").asBoolean()).isFalse();
        assertThat(loginSeries(tag).get("series").get("trend").asText()).isEqualTo("none");
    }
}
