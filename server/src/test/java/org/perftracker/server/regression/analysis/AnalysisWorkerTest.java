package org.perftracker.server.regression.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.perftracker.server.ServerConfig;
import org.perftracker.server.db.Database;
import org.perftracker.server.artifact.ArtifactService;
import org.perftracker.server.artifact.FileArtifactStore;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.job.JobService;
import org.perftracker.server.job.JobUploadService;
import org.perftracker.server.job.UploadListener;
import org.perftracker.server.project.ProjectRepository;
import org.perftracker.server.regression.Nightly;
import org.perftracker.server.regression.RegressionRepository;
import org.perftracker.server.regression.RegressionTracking;
import org.perftracker.server.regression.alert.AlertFilter;
import org.perftracker.server.regression.notify.Notifications;
import org.perftracker.server.testing.Await;
import org.perftracker.server.testing.MutableClock;
import org.perftracker.server.testing.TestDatabase;
import org.perftracker.server.web.Json;

/**
 * The queue and its worker, below HTTP: the analysis runs after uploads in the background, whatever other upload
 * listeners do, and work queued while no worker runs is done when one starts.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class AnalysisWorkerTest {
    @Parameter
    TestDatabase kind;

    private TestDatabase.Instance instance;
    private Database db;
    private final ObjectMapper mapper = new Json().mapper();
    private final ProjectRepository projects = new ProjectRepository();

    @BeforeEach
    void open() {
        instance = kind.create();
        db = Database.open(instance.url(), instance.user(), instance.password(), 4);
    }

    @AfterEach
    void close() {
        db.close();
        instance.close();
    }

    private JobUploadService uploads(UploadListener... listeners) {
        return new JobUploadService(db, Clock.systemUTC(), projects, new RegressionRepository(), mapper,
                List.of(listeners));
    }

    private long alerts(RegressionTracking tracking) {
        AuditLog audit = new AuditLog(Clock.systemUTC());
        ArtifactService artifacts = new ArtifactService(db, new FileArtifactStore(instance.dataDir()),
                Clock.systemUTC(), 1 << 20, audit);
        return tracking.services(new JobService(db, projects, mapper, audit, artifacts, List.of()), audit).alerts()
                .page(AlertFilter.project(1), 0, 10).total();
    }

    private int queued() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM regression_queue").mapTo(Integer.class).one());
    }

    @Test
    void the_analysis_runs_after_uploads_even_when_another_listener_fails() {
        UploadListener broken = outcome -> {
            throw new IllegalStateException("a broken listener");
        };
        try (RegressionTracking tracking = new RegressionTracking(db, Clock.systemUTC(), mapper,
                Notifications.defaults(), ServerConfig.DEFAULT_MIN_CHANGE_PERCENT)) {
            tracking.start();
            JobUploadService uploads = uploads(broken, tracking.listener(), broken);
            for (int n = 1; n <= 20; n++) {
                uploads.store(Nightly.stepAt("worker", n, 12));
            }
            Await.until(Duration.ofSeconds(30), "the alert", () -> alerts(tracking) == 1);
            Await.until(Duration.ofSeconds(30), "an empty queue", () -> queued() == 0);
            assertThat(alerts(tracking)).isEqualTo(1);
        }
    }

    @Test
    void work_queued_while_no_worker_runs_is_done_when_one_starts() {
        RegressionTracking stopped = new RegressionTracking(db, Clock.systemUTC(), mapper, Notifications.defaults(), ServerConfig.DEFAULT_MIN_CHANGE_PERCENT);
        stopped.close();
        JobUploadService uploads = uploads(stopped.listener());
        for (int n = 1; n <= 20; n++) {
            uploads.store(Nightly.stepAt("restart", n, 12));
        }
        assertThat(queued()).isEqualTo(20);
        try (RegressionTracking started = new RegressionTracking(db, Clock.systemUTC(), mapper,
                Notifications.defaults(), ServerConfig.DEFAULT_MIN_CHANGE_PERCENT)) {
            started.start();
            Await.until(Duration.ofSeconds(30), "an empty queue", () -> queued() == 0);
            assertThat(alerts(started)).isEqualTo(1);
        }
    }

    @Test
    void a_batch_that_fails_is_put_back_without_holding_up_others_and_given_up_after_a_few_attempts() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        AnalysisQueue queue = new AnalysisQueue();
        try (RegressionTracking tracking = new RegressionTracking(db, clock, mapper, Notifications.defaults(), ServerConfig.DEFAULT_MIN_CHANGE_PERCENT)) {
            tracking.start();
            JobUploadService uploads = uploads(tracking.listener());
            long broken = uploads.store(Nightly.stepAt("broken", 1, 12)).jobId();
            Await.until(Duration.ofSeconds(30), "the first analysis", () -> queued() == 0);
            db.writeVoid(h -> h.execute("UPDATE regression_series SET change_points = 'not JSON'"));
            uploads.store(Nightly.stepAt("broken", 2, 12));
            Await.until(Duration.ofSeconds(30), "the failed batch to be put back", () -> db.read(h -> h.createQuery(
                    "SELECT COUNT(*) FROM regression_queue WHERE attempts = 1").mapTo(Integer.class).one()) == 1);
            for (int n = 1; n <= 20; n++) {
                uploads.store(Nightly.stepAt("healthy", n, 12));
            }
            Await.until(Duration.ofSeconds(30), "the other regression's alert", () -> alerts(tracking) == 1);
            String error = db.read(h -> h.createQuery("SELECT last_error FROM regression_queue WHERE attempts > 0").mapTo(String.class)
                    .one());
            assertThat(error).contains("not valid JSON");

            db.writeVoid(h -> h.execute("UPDATE regression_queue SET attempts = ?", AnalysisQueue.MAX_ATTEMPTS - 1));
            clock.advance(Duration.ofHours(1));
            Await.until(Duration.ofSeconds(30), "the batch to be given up", () -> db.read(h -> queue.status(h, 0,
                    broken + 1)).failed() == 1);
            assertThat(db.read(h -> queue.status(h, 0, broken + 1)).analysed()).isFalse();
        }
    }
}
