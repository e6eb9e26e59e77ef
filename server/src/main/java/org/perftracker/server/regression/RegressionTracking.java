package org.perftracker.server.regression;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.perftracker.core.changepoint.ChangePointDetector;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.db.Database;
import org.perftracker.server.job.JobService;
import org.perftracker.server.regression.alert.AlertRepository;
import org.perftracker.server.regression.alert.AlertRoutes;
import org.perftracker.server.regression.alert.AlertService;
import org.perftracker.server.regression.analysis.Analysis;
import org.perftracker.server.regression.analysis.AnalysisListener;
import org.perftracker.server.regression.notify.Notifications;
import org.perftracker.server.regression.notify.Notifier;
import org.perftracker.server.regression.notify.Outbox;
import org.perftracker.server.regression.notify.WebhookRoutes;
import org.perftracker.server.regression.notify.WebhookService;
import org.perftracker.server.web.RequestBodies;

/**
 * Regression tracking, assembled: change-point detection after uploads (a database-backed queue and a worker),
 * alerts and their triage, notifications (webhooks, e-mail), and the services and routes that read them.
 *
 * <p>Wiring: build it, give {@link #listener()} to the upload and job services, {@link #services} with the job
 * service, register the routes, {@link #start()} once the server serves, {@link #close()} before the database.
 */
public final class RegressionTracking implements AutoCloseable {
    private final Database db;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final ChangePointDetector detector;
    private final SeriesRepository series;
    private final AlertRepository alerts = new AlertRepository();
    private final Outbox outbox;
    private final Notifier notifier;
    private final Analysis analysis;

    /** @param minChangePercent the smallest shift reported, in percent (the detector's minimum relative change) */
    public RegressionTracking(Database db, Clock clock, ObjectMapper mapper, Notifications notifications,
            double minChangePercent) {
        this.db = db;
        this.detector = new ChangePointDetector(ChangePointDetector.Config.defaults()
                .withMinRelativeChange(minChangePercent / 100));
        this.clock = clock;
        this.mapper = mapper;
        this.series = new SeriesRepository(new ChangePointsJson(mapper));
        this.outbox = new Outbox(mapper, notifications);
        this.notifier = new Notifier(db, clock, notifications, mapper);
        this.analysis = new Analysis(db, clock, detector, series, alerts, outbox, notifier::wake);
    }

    /** Queues the analysis of every upload, edit, delete and regression (un)link of a job. */
    public AnalysisListener listener() {
        return analysis.listener();
    }

    /** The services the API and the pages read through. */
    public record Services(RegressionService regressions, AlertService alerts, WebhookService webhooks,
            CheckService checks) {
    }

    public Services services(JobService jobs, AuditLog audit) {
        return new Services(new RegressionService(db, jobs, new RegressionRepository(), series, alerts, audit),
                new AlertService(db, clock, alerts, series, outbox, notifier::wake, audit),
                new WebhookService(db, clock, mapper, audit),
                new CheckService(db, analysis.queue(), alerts, series, detector.config()));
    }

    /** Registers the regression, series, check, alert, webhook and notification routes. */
    public void register(RoutesConfig routes, Services services, RequestBodies requestBodies) {
        JsonBodies bodies = new JsonBodies(mapper, requestBodies);
        new RegressionRoutes(services.regressions(), services.checks(), bodies).register(routes);
        new AlertRoutes(services.alerts(), bodies).register(routes);
        new WebhookRoutes(services.webhooks(), bodies).register(routes);
    }

    /** Starts the analysis worker and the notifier (both also take up work queued before). */
    public void start() {
        analysis.start();
        notifier.start();
        notifier.wake();
    }

    @Override
    public void close() {
        analysis.close();
        notifier.close();
    }
}
