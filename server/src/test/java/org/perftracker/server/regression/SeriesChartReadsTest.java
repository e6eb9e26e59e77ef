package org.perftracker.server.regression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.core.upload.Fixtures;
import org.perftracker.core.upload.TestResult;
import org.perftracker.server.db.Database;
import org.perftracker.server.regression.alert.AlertRepository;
import org.perftracker.server.regression.alert.AlertViews;
import org.perftracker.server.testing.Await;
import org.perftracker.server.testing.RunningServer;
import org.perftracker.server.testing.TestDatabase;

/**
 * The reads the regression pages make of many series or jobs at once, each one query, on both databases: the last
 * points of several series (a window function), the counts per group and trend class under a search, and the
 * alerts each job brought (the first few per job, regressions first, with their number).
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class SeriesChartReadsTest {
    private static final String TAG = "eight-1.4";
    /** Tests that all shift at build 12: the even ones get worse, the odd ones better. */
    private static final int TESTS = 8;

    @Parameter
    TestDatabase database;

    private static RunningServer server;
    private static Database db;
    private static long regression;
    private static long stepJob;
    private static final SeriesChartRepository CHARTS = new SeriesChartRepository(new SeriesRepository(
            new ChangePointsJson(new ObjectMapper())));

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase kind) {
        server = RunningServer.start(kind);
        db = server.server().database();
        for (int n = 1; n <= 20; n++) {
            Fixtures.JobBuilder job = Fixtures.job().uuid(Nightly.uuid(TAG, n)).product("webapp", Nightly.version(n))
                    .regressionTag(TAG).times(Nightly.FIRST.plus(Duration.ofHours(n)),
                            Nightly.FIRST.plus(Duration.ofHours(n).plusMinutes(20)));
            for (int t = 0; t < TESTS; t++) {
                double level = 100 * (n >= 12 ? (t % 2 == 0 ? 1.2 + t / 100.0 : 0.8) : 1);
                double noise = 0.5 * Math.sin(n * 7 + t);
                job.test(TestResult.builder("test " + t).group(t < 4 ? "api" : "web").metrics("ms").lessBetter(true)
                        .scores(level + noise, level + noise + 0.3, level + noise - 0.3).build());
            }
            long id = server.upload(job.build()).json().get("id").asLong();
            if (n == 12) {
                stepJob = id;
            }
        }
        Await.until(Duration.ofSeconds(60), "the analysis of " + TAG, () -> server.getJson(
                "/api/v1.0/1/check/?tag=" + TAG + "&job=" + Nightly.uuid(TAG, 20)).get("analysed").asBoolean());
        regression = server.getJson("/api/v1.0/1/regression/?length=-1").get("data").get(0).get("id").asLong();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    private static List<String> keys() {
        return db.read(h -> h.createQuery("SELECT test_key FROM regression_series WHERE regression_id = :r"
                + " ORDER BY group_name, tag").bind("r", regression).mapTo(String.class).list());
    }

    @Test
    void the_last_points_of_several_series_come_in_build_order_with_their_index_in_the_whole_series() {
        Map<String, SeriesChartRepository.PointWindow> windows = db.read(h -> CHARTS.lastPoints(h, regression,
                keys(), 5));
        assertThat(windows).hasSize(TESTS);
        for (SeriesChartRepository.PointWindow w : windows.values()) {
            assertThat(w.total()).isEqualTo(20);
            assertThat(w.points()).extracting(RegressionViews.Point::index).containsExactly(15, 16, 17, 18, 19);
            assertThat(w.points()).extracting(RegressionViews.Point::build).containsExactly("1.4.0-516",
                    "1.4.0-517", "1.4.0-518", "1.4.0-519", "1.4.0-520");
        }
        Map<String, SeriesChartRepository.PointWindow> none = db.read(h -> CHARTS.lastPoints(h, regression,
                List.of(), 5));
        assertThat(none).isEmpty();
    }

    @Test
    void series_are_counted_per_group_and_trend_class_under_a_search() {
        List<RegressionViews.GroupTrendCount> all = db.read(h -> CHARTS.groupTrendCounts(h, regression, ""));
        assertThat(all).containsExactly(new RegressionViews.GroupTrendCount("api", "degradation_10", 2),
                new RegressionViews.GroupTrendCount("api", "improvement_10", 2),
                new RegressionViews.GroupTrendCount("web", "degradation_10", 2),
                new RegressionViews.GroupTrendCount("web", "improvement_10", 2));
        List<RegressionViews.GroupTrendCount> searched = db.read(h -> CHARTS.groupTrendCounts(h, regression,
                "TEST 5"));
        assertThat(searched).containsExactly(new RegressionViews.GroupTrendCount("web", "improvement_10", 1));
    }

    @Test
    void a_job_lists_its_first_alerts_regressions_first_and_how_many_it_brought() {
        Map<Long, AlertViews.JobChanges> changes = db.read(h -> new AlertRepository().changesOfJobs(h,
                List.of(stepJob, stepJob + 1), 3));
        assertThat(changes).containsOnlyKeys(stepJob);
        AlertViews.JobChanges found = changes.get(stepJob);
        assertThat(found.total()).isEqualTo(TESTS);
        assertThat(found.alerts()).hasSize(3).allSatisfy(a -> assertThat(a.direction()).isEqualTo("regression"));
        assertThat(found.alerts()).extracting(a -> a.series().tag()).containsExactly("test 6", "test 4", "test 2");
    }
}
