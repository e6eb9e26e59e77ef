package org.perftracker.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.perftracker.core.Version;
import org.perftracker.server.artifact.ArtifactRoutes;
import org.perftracker.server.artifact.ArtifactService;
import org.perftracker.server.artifact.ArtifactSweeper;
import org.perftracker.server.artifact.FileArtifactStore;
import org.perftracker.server.db.Database;
import org.perftracker.server.host.HostRoutes;
import org.perftracker.server.host.HostService;
import org.perftracker.server.host.LockService;
import org.perftracker.server.job.JobRoutes;
import org.perftracker.server.job.JobService;
import org.perftracker.server.job.JobUploadService;
import org.perftracker.server.project.ProjectRepository;
import org.perftracker.server.project.ProjectRoutes;
import org.perftracker.server.regression.RegressionRepository;
import org.perftracker.server.regression.RegressionTracking;
import org.perftracker.server.web.ApiErrors;
import org.perftracker.server.web.Json;
import org.perftracker.server.web.RequestBodies;
import org.perftracker.server.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running server: the database, the services and the HTTP routes, wired by hand. */
public final class PerfTrackerServer {
    private static final Logger LOG = LoggerFactory.getLogger(PerfTrackerServer.class);
    private static final Logger REQUESTS = LoggerFactory.getLogger("org.perftracker.server.requests");

    private final ServerConfig config;
    private final Database db;
    private final Javalin app;
    private final ArtifactSweeper sweeper;
    private final RegressionTracking regressions;

    private PerfTrackerServer(ServerConfig config, Database db, Javalin app, ArtifactSweeper sweeper,
            RegressionTracking regressions) {
        this.config = config;
        this.db = db;
        this.app = app;
        this.sweeper = sweeper;
        this.regressions = regressions;
    }

    /** Opens (and migrates) the database, then serves HTTP; fails fast when either cannot start. */
    public static PerfTrackerServer start(ServerConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** As {@link #start(ServerConfig)}, with a clock of the caller's (tests move time forward). */
    public static PerfTrackerServer start(ServerConfig config, Clock clock) {
        try {
            Files.createDirectories(config.dataDir().resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + config.dataDir(), e);
        }
        Database db = Database.open(config.effectiveDbUrl(), config.dbUser(), config.dbPassword(),
                config.dbPoolSize());
        try {
            Json json = new Json();
            RequestBodies bodies = new RequestBodies((long) config.maxUploadMb() * 1024 * 1024);
            ProjectRepository projects = new ProjectRepository();
            RegressionTracking regressions = new RegressionTracking(db, clock, json.mapper(), config.notifications());
            JobUploadService uploads = new JobUploadService(db, clock, projects, new RegressionRepository(),
                    json.mapper(), List.of(regressions.listener()));
            JobService jobs = new JobService(db, projects, json.mapper(), List.of(regressions.listener()));
            RegressionTracking.Services regressionServices = regressions.services(jobs);
            JobRoutes jobRoutes = new JobRoutes(uploads, jobs, json.mapper(), bodies);
            ProjectRoutes projectRoutes = new ProjectRoutes(db, projects);
            ArtifactService artifacts = new ArtifactService(db, new FileArtifactStore(config.artifactDir()), clock,
                    config.maxArtifactMb() * 1024 * 1024);
            ArtifactRoutes artifactRoutes = new ArtifactRoutes(artifacts, json.mapper(), bodies);
            LockService locks = new LockService(db, clock, config.expireLocks());
            HostRoutes hostRoutes = new HostRoutes(new HostService(db, clock, config.expireLocks()), locks,
                    json.mapper(), bodies, clock);
            Javalin app = Javalin.create(cfg -> {
                configure(cfg, config, json);
                ApiErrors.register(cfg.routes);
                cfg.routes.get("/api/health", ctx -> {
                    boolean healthy = db.isHealthy();
                    ctx.status(healthy ? 200 : 503).json(new Health(healthy ? "ok" : "database unavailable",
                            Version.get(), db.vendor().displayName()));
                });
                projectRoutes.register(cfg.routes);
                jobRoutes.register(cfg.routes);
                artifactRoutes.register(cfg.routes);
                hostRoutes.register(cfg.routes);
                regressions.register(cfg.routes, regressionServices, bodies);
                cfg.routes.get("/{project}/job/{id}", ctx -> {
                    if (ctx.queryParam("as_json") != null) {
                        jobRoutes.download(ctx);
                    } else {
                        ctx.status(404).result("Not found");
                    }
                });
            }).start(config.host(), config.port());
            PerfTrackerServer server = new PerfTrackerServer(config, db, app,
                    new ArtifactSweeper(artifacts, Duration.ofMinutes(10)), regressions);
            regressions.start();
            LOG.info("PerfTracker {} serving on http://{}:{}/ with {} ({})", Version.get(), config.host(),
                    app.port(), db.vendor().displayName(), describe(config));
            return server;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The answer of {@code GET /api/health}. */
    public record Health(String status, String version, String database) {
    }

    private static void configure(JavalinConfig cfg, ServerConfig config, Json json) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.jsonMapper(json);
        cfg.http.maxRequestSize = (long) config.maxUploadMb() * 1024 * 1024;
        // multipart uploads (artifacts) are spooled to disk beyond 1 MiB, never held in memory
        cfg.jetty.multipartConfig.cacheDirectory(config.dataDir().resolve("tmp").toAbsolutePath().toString());
        cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        cfg.jetty.multipartConfig.maxFileSize(config.maxArtifactMb(), SizeUnit.MB);
        cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxArtifactMb() + 1, SizeUnit.MB);
        cfg.routes.before(RequestIds::assign);
        cfg.requestLogger.http((ctx, ms) -> REQUESTS.info("{} {} {} {} ms [{}]", ctx.method(), ctx.path(),
                ctx.status().getCode(), String.format("%.1f", ms), RequestIds.of(ctx)));
    }

    private static String describe(ServerConfig config) {
        String url = config.effectiveDbUrl();
        int at = url.indexOf('@');
        return at > 0 ? "jdbc:…" + url.substring(at) : url;
    }

    /** @return the port the server listens on (useful when it was started on port 0) */
    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return "http://" + ("0.0.0.0".equals(config.host()) ? "127.0.0.1" : config.host()) + ":" + port();
    }

    public Database database() {
        return db;
    }

    /** Removes expired artifacts now (the server also does it every 10 minutes). */
    public int sweepExpiredArtifacts() {
        return sweeper.sweep();
    }

    /** Stops serving, lets requests in flight finish, and closes the database. */
    public void stop() {
        LOG.info("stopping");
        sweeper.close();
        app.stop();
        regressions.close();
        db.close();
    }
}
