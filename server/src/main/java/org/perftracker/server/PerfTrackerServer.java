package org.perftracker.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.perftracker.core.Version;
import org.perftracker.server.artifact.ArtifactRoutes;
import org.perftracker.server.artifact.ArtifactService;
import org.perftracker.server.artifact.ArtifactSweeper;
import org.perftracker.server.artifact.FileArtifactStore;
import org.perftracker.server.audit.AuditLog;
import org.perftracker.server.auth.AccessFilter;
import org.perftracker.server.auth.AccountSlot;
import org.perftracker.server.auth.AdminPages;
import org.perftracker.server.auth.AuthRoutes;
import org.perftracker.server.auth.RouteTable;
import org.perftracker.server.auth.SignIn;
import org.perftracker.server.auth.SignInPage;
import org.perftracker.server.auth.TokenRoutes;
import org.perftracker.server.auth.TokenService;
import org.perftracker.server.auth.UserService;
import org.perftracker.server.comparison.ComparisonPages;
import org.perftracker.server.comparison.ComparisonRoutes;
import org.perftracker.server.comparison.ComparisonService;
import org.perftracker.server.db.Database;
import org.perftracker.server.host.HostAdminPage;
import org.perftracker.server.host.HostPages;
import org.perftracker.server.host.HostRoutes;
import org.perftracker.server.host.HostService;
import org.perftracker.server.host.LockService;
import org.perftracker.server.demo.DemoProject;
import org.perftracker.server.home.HomePage;
import org.perftracker.server.home.RecentChanges;
import org.perftracker.server.job.JobPages;
import org.perftracker.server.job.JobRoutes;
import org.perftracker.server.job.JobService;
import org.perftracker.server.job.JobUploadService;
import org.perftracker.server.openapi.OpenApiRoutes;
import org.perftracker.server.page.AdminNavigation;
import org.perftracker.server.page.ErrorPages;
import org.perftracker.server.page.Layouts;
import org.perftracker.server.page.Navigation;
import org.perftracker.server.page.Templates;
import org.perftracker.server.project.ProjectAdmin;
import org.perftracker.server.project.ProjectAdminPage;
import org.perftracker.server.project.ProjectRepository;
import org.perftracker.server.project.ProjectRoutes;
import org.perftracker.server.project.ProjectService;
import org.perftracker.server.regression.RegressionRepository;
import org.perftracker.server.regression.RegressionTracking;
import org.perftracker.server.regression.notify.WebhookAdminPage;
import org.perftracker.server.regression.page.AlertChanges;
import org.perftracker.server.regression.page.RegressionPages;
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
    private final DemoProject demo;
    private final UserService users;
    private final TokenService tokens;
    private final RegressionTracking regressions;

    private PerfTrackerServer(ServerConfig config, Database db, Javalin app, ArtifactSweeper sweeper,
            DemoProject demo, UserService users, TokenService tokens, RegressionTracking regressions) {
        this.config = config;
        this.db = db;
        this.app = app;
        this.sweeper = sweeper;
        this.demo = demo;
        this.users = users;
        this.tokens = tokens;
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
            long maxUploadBytes = (long) config.maxUploadMb() * 1024 * 1024;
            RequestBodies bodies = new RequestBodies(maxUploadBytes);
            ProjectRepository projectRepository = new ProjectRepository();
            ProjectService projects = new ProjectService(db, projectRepository);
            AuditLog audit = new AuditLog(clock);
            ArtifactService artifacts = new ArtifactService(db, new FileArtifactStore(config.artifactDir()), clock,
                    config.maxArtifactMb() * 1024 * 1024, audit);
            RegressionTracking regressions = new RegressionTracking(db, clock, json.mapper(), config.notifications(),
                    config.minChangePercent());
            JobUploadService uploads = new JobUploadService(db, clock, projectRepository, new RegressionRepository(),
                    json.mapper(), List.of(regressions.listener()));
            JobService jobs = new JobService(db, projectRepository, json.mapper(), audit, artifacts,
                    List.of(regressions.listener()));
            RegressionTracking.Services regressionServices = regressions.services(jobs, audit);

            UserService users = new UserService(db, clock, audit);
            users.createFirstAdmin(config.auth().adminUser(), config.auth().adminPassword())
                    .ifPresent(password -> announceFirstAdmin(config.auth().adminUser(), password));
            TokenService tokens = new TokenService(db, clock, audit);
            SignIn signIn = new SignIn(db, clock, users, config.auth().ldap());
            AccessFilter access = new AccessFilter(RouteTable.standard(), config.auth(), tokens, signIn);

            Navigation navigation = new Navigation()
                    .add(Navigation.HOME)
                    .add(RegressionPages.NAV)
                    .add(ComparisonPages.NAV)
                    .add(JobPages.NAV)
                    .add(HostPages.NAV);
            AdminNavigation adminNavigation = new AdminNavigation()
                    .add("users", "Users", "/admin/users")
                    .add("tokens", "API tokens", "/admin/tokens")
                    .add("projects", "Projects", "/admin/projects")
                    .add("hosts", "Hosts", "/admin/hosts")
                    .add("lock-types", "Lock types", "/admin/lock-types")
                    .add("webhooks", "Webhooks", "/admin/webhooks")
                    .add("audit", "Audit log", "/admin/audit");
            Templates templates = new Templates();
            Layouts layouts = new Layouts(navigation, projects, new AccountSlot(), Version.get());
            ErrorPages errorPages = new ErrorPages(templates, layouts);
            SignInPage signInPage = new SignInPage(signIn, users, layouts, templates);
            AuthRoutes authRoutes = new AuthRoutes(signIn, signInPage, json.mapper(), bodies);
            TokenRoutes tokenRoutes = new TokenRoutes(tokens, users, json.mapper(), bodies, clock);
            AdminPages adminPages = new AdminPages(users, tokens, projects, db, audit, clock, adminNavigation, layouts,
                    templates);
            ProjectAdminPage projectAdminPage = new ProjectAdminPage(new ProjectAdmin(db, projectRepository, audit),
                    adminNavigation, layouts, templates);

            ProjectRoutes projectRoutes = new ProjectRoutes(db, projectRepository);
            JobRoutes jobRoutes = new JobRoutes(uploads, jobs, json.mapper(), bodies);
            ArtifactRoutes artifactRoutes = new ArtifactRoutes(artifacts, json.mapper(), bodies);
            ComparisonService comparisons = new ComparisonService(db, clock, jobs, audit);
            ComparisonRoutes comparisonRoutes = new ComparisonRoutes(comparisons, jobs, json.mapper(), bodies);
            ComparisonPages comparisonPages = new ComparisonPages(comparisons, jobs, projects, layouts, templates);
            LockService locks = new LockService(db, clock, config.expireLocks(), audit);
            HostService hosts = new HostService(db, clock, config.expireLocks(), audit);
            HostRoutes hostRoutes = new HostRoutes(hosts, locks, json.mapper(), bodies, clock);
            HostPages hostPages = new HostPages(hosts, locks, projects, layouts, templates);
            HostAdminPage hostAdminPage = new HostAdminPage(hosts, adminNavigation, layouts, templates);
            WebhookAdminPage webhookAdminPage = new WebhookAdminPage(regressionServices.webhooks(), projects,
                    adminNavigation, layouts, templates);
            RecentChanges changes = new AlertChanges(regressionServices.alerts());
            HomePage homePage = new HomePage(jobs, projects, changes, layouts, templates);
            JobPages jobPages = new JobPages(jobs, uploads, projects, json.mapper(), layouts, templates,
                    maxUploadBytes, changes);
            RegressionPages regressionPages = new RegressionPages(regressionServices, jobs, projects, layouts, templates);
            Javalin app = Javalin.create(cfg -> {
                configure(cfg, config, json);
                ApiErrors.register(cfg.routes, errorPages);
                cfg.routes.beforeMatched(access::handle);
                cfg.routes.get("/api/health", ctx -> {
                    boolean healthy = db.isHealthy();
                    ctx.status(healthy ? 200 : 503).json(new Health(healthy ? "ok" : "database unavailable",
                            Version.get(), db.vendor().displayName()));
                });
                new OpenApiRoutes(templates).register(cfg.routes);
                projectRoutes.register(cfg.routes);
                jobRoutes.register(cfg.routes);
                artifactRoutes.register(cfg.routes);
                comparisonRoutes.register(cfg.routes);
                hostRoutes.register(cfg.routes);
                homePage.register(cfg.routes);
                jobPages.register(cfg.routes);
                authRoutes.register(cfg.routes);
                tokenRoutes.register(cfg.routes);
                signInPage.register(cfg.routes);
                adminPages.register(cfg.routes);
                projectAdminPage.register(cfg.routes);
                comparisonPages.register(cfg.routes);
                regressions.register(cfg.routes, regressionServices, bodies);
                hostPages.register(cfg.routes);
                hostAdminPage.register(cfg.routes);
                webhookAdminPage.register(cfg.routes);
                regressionPages.register(cfg.routes);
            }).start(config.host(), config.port());
            PerfTrackerServer server = new PerfTrackerServer(config, db, app,
                    new ArtifactSweeper(artifacts, Duration.ofMinutes(10)),
                    new DemoProject(projects, jobs, uploads, comparisons, hosts, locks, clock), users, tokens, regressions);
            regressions.start();
            LOG.info("PerfTracker {} serving on http://{}:{}/ with {} ({})", Version.get(), config.host(),
                    app.port(), db.vendor().displayName(), describe(config));
            return server;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Prints the first administrator's generated password, this once (it is stored only as a hash), on standard
     * output rather than through the log, so that no log level hides it.
     */
    private static void announceFirstAdmin(String username, String password) {
        System.out.println("""

                ==============================================================================
                  First start: administrator '%s' has been created with the password
                      %s
                  Sign in at /signin and change it on your account page; it is not shown again.
                  (Set PT_ADMIN_PASSWORD before the first start to choose it instead.)
                ==============================================================================
                """.formatted(username, password));
        System.out.flush();
        LOG.info("administrator '{}' created; its password has been printed on standard output", username);
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
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "public, max-age=3600");
        });
        cfg.staticFiles.enableWebjars();
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

    /** The users, for embedding and tests; people manage them on the admin pages. */
    public UserService users() {
        return users;
    }

    /** The API tokens, for embedding and tests; people manage them on the admin pages. */
    public TokenService tokens() {
        return tokens;
    }

    /** Removes expired artifacts now (the server also does it every 10 minutes). */
    public int sweepExpiredArtifacts() {
        return sweeper.sweep();
    }

    /** Loads the demo project unless it is already there ({@code pt server --demo}); @return jobs uploaded */
    public int loadDemo() {
        return demo.load();
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
